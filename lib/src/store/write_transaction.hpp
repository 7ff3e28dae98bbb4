#pragma once
// The registry's write transaction: lib-internal (cmd/ writes through the entity functions;
// unit tests reach it as the library does). Out of the public headers (issue 30, item 4).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/store/history.hpp"
#include "pymes/store/registry.hpp"

namespace pymes {

/// One write: BEGIN IMMEDIATE (queueing behind other writers for the busy timeout), history
/// rows in the same transaction, ROLLBACK unless commit() is reached.
class WriteTransaction {
  public:
    explicit WriteTransaction(Registry& registry);
    /// Rolls back unless commit() was reached.
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    Registry& registry() { return registry_; }
    /// The UTC time stamped on every history row of this transaction.
    const std::string& at() const { return at_; }
    /// Records one change; writes nothing when `changes` is empty and the action is an edit.
    void record(std::string_view action, std::string_view entity, std::string_view key,
                const Changes& changes);
    /// Records that an import added the numbered records `ids` of `entity`: an "add" row each,
    /// whose changes are empty (`{}`). Such a row stands for the fields the record had when it
    /// was added: `list_history` gives them back from the record and the changes recorded after
    /// it (a million rows of full fields would slow an import 2.6x). The rows are written
    /// kAddedRows to a statement, before the next record() and at commit().
    void record_added(std::string_view entity, const std::vector<std::int64_t>& ids);
    void commit();

  private:
    static constexpr std::size_t kAddedRows = 64;
    void write_added();
    Registry& registry_;
    bool committed_ = false;
    std::string at_;
    std::string added_entity_;
    std::vector<std::int64_t> added_;
};

}  // namespace pymes
