#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "entities/membership_log.hpp"
#include "entities/record_sql.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"
#include "store/write_transaction.hpp"

// institution rename: one UPDATE of the code, which every reference follows through the
// schema's ON UPDATE CASCADE (membership events, activities, meetings' host and attendees,
// projects' lead and partners; foreign keys are on for every connection, registry.cpp). The
// history is not rewritten: its rename row ({"code": [OLD, NEW]}) is what lets `log --key`
// find an institution's past under either code (store/history.cpp).

namespace pymes {

InstitutionStatus rename_institution(Registry& registry, std::string_view old_arg,
                                     std::string_view new_arg) {
    const std::string old_code = text::upper(text::trim(old_arg));
    const auto new_code = normalize_code(new_arg);
    if (!new_code) {
        const FieldError e = code_error("code", new_arg);
        throw DataError(e.detail, e.hint());
    }
    WriteTransaction tx(registry);
    auto inst = find_institution(registry, old_code);
    if (!inst) {
        const UnknownCode unknown = unknown_institution(registry, old_code);
        throw NotFound(unknown.message, unknown.hint);
    }
    if (*new_code == old_code)
        throw UsageError(
            trf("{} is already the code of {}; nothing to rename", old_code, *inst->get("name")));
    if (auto taken = find_institution(registry, *new_code)) {
        throw DataError(
            trf("institution {} already exists ({})", *new_code, *taken->get("name")),
            tr("a rename needs a code that is free; two institutions cannot be merged into one"));
    }
    SQLite::Statement q(db_of(tx), "UPDATE institution SET code = ?2 WHERE code = ?1");
    q.bind(1, old_code);
    q.bind(2, *new_code);
    q.exec();
    tx.record("rename", "institution", *new_code, {{"code", old_code, *new_code}});
    tx.commit();
    inst->values[0] = *new_code;
    return {*inst,
            membership_as_of(events_of(db_of(registry), *new_code), registry.clock().today().iso()),
            founder_of(registry, *new_code)};
}

}  // namespace pymes
