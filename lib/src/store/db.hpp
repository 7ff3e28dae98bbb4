#pragma once
/// The library's private way to the SQLite connection of a registry. The public header
/// registry.hpp names no SQLite type; code inside lib/ reaches the database through these.

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <string>

#include "pymes/registry.hpp"

namespace pymes {

/// The connection of `registry`.
inline SQLite::Database& db_of(Registry& registry) { return registry.db(); }

/// `sql` prepared once per registry and kept, reset with its bindings cleared: for statements
/// run once per row of an import. The SQL is fixed text of the program's, never built from input.
inline SQLite::Statement& statement_of(Registry& registry, const std::string& sql) {
    return registry.statement(sql);
}

}  // namespace pymes
