#pragma once
/// The library's private way to the SQLite connection of a registry. The public header
/// registry.hpp names no SQLite type; code inside lib/ reaches the database through these.

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <memory>
#include <string>
#include <unordered_map>

#include "pymes/store/registry.hpp"
#include "store/write_transaction.hpp"

namespace pymes {

/// What a Registry holds of SQLite: the connection and the statements kept on it.
struct Registry::Impl {
    explicit Impl(std::unique_ptr<SQLite::Database> connection) : db(std::move(connection)) {}
    std::unique_ptr<SQLite::Database> db;
    // Declared after db: statements are finalized before the connection closes.
    std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> statements;
    /// An AsOf view shadows the main tables (entities/as_of.cpp): a view asked for inside it
    /// reads that one.
    bool shadowed = false;

    /// `sql`, prepared on first use and kept; reset with its bindings cleared.
    SQLite::Statement& statement(const std::string& sql);
};

/// The friend of Registry that opens its Impl to the functions below (and to nothing else).
struct RegistryAccess {
    static Registry::Impl& impl(Registry& registry) { return *registry.impl_; }
};

/// The connection of `registry`.
inline SQLite::Database& db_of(Registry& registry) { return *RegistryAccess::impl(registry).db; }

/// The connection a write transaction runs on.
inline SQLite::Database& db_of(WriteTransaction& tx) { return db_of(tx.registry()); }

/// `sql` prepared once per registry and kept, reset with its bindings cleared: for statements
/// run once per row of an import. The SQL is fixed text of the program's, never built from input.
inline SQLite::Statement& statement_of(Registry& registry, const std::string& sql) {
    return RegistryAccess::impl(registry).statement(sql);
}

/// Copies `source` into the new, empty database `target` with SQLite's online backup, a few
/// hundred pages at a time (the memory is SQLite's page caches, whatever the size): the snapshot
/// of the source's open read transaction, else of one opened for the copy.
void copy_database(SQLite::Database& source, SQLite::Database& target,
                   const ProgressFn& progress = {});

/// Resets every kept statement of `registry`, so that none holds a cursor (before the schema
/// changes).
inline void reset_statements(Registry& registry) {
    for (auto& [sql, s] : RegistryAccess::impl(registry).statements) s->tryReset();
}

/// Whether an AsOf view shadows the registry's tables now.
inline bool& shadowed(Registry& registry) { return RegistryAccess::impl(registry).shadowed; }

/// Finalizes every kept statement of `registry`: they are prepared again on their next use,
/// against the tables then in force (an AsOf view shadows the main tables with TEMP ones).
inline void forget_statements(Registry& registry) {
    RegistryAccess::impl(registry).statements.clear();
}

}  // namespace pymes
