// The membership log as CSV (SPEC §4), in membership_spec()'s columns:
// `id,institution,kind,date,place,reference,recorded_on`.
// Institution rows never make events; this is how the log travels.

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>

#include "entities/institution_write.hpp"
#include "entities/record_sql.hpp"
#include "io/membership_row.hpp"
#include "pymes/core/agreement.hpp"
#include "pymes/core/dates.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/io/transfer.hpp"
#include "pymes/store/history.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"

namespace pymes {

const std::vector<std::string>& membership_columns() {
    static const std::vector<std::string> columns = file_columns(membership_spec());
    return columns;
}

void export_membership(std::ostream& out, Registry& registry, const ExportStyle& style) {
    // In the order of `membership list`: institution, date, id; all three travel. Annulled
    // events are not exported (SPEC §4); corrected ones are, as corrected.
    QuerySql events;
    events.where = "r.annulled_on IS NULL";
    events.order = "r.institution, r.date, r.id";
    const EntitySpec& spec = membership_spec();
    Table t{column_names(spec), {}};
    for_each_record(db_of(registry), spec, Query(std::move(events)),
                    [&](const Record& r) { t.rows.push_back(record_row(r, "")); });
    if (style.format == Format::json)
        render_json(out, t);
    else
        render_csv(out, t, style.csv);
}

RowOutcome import_membership_row(WriteTransaction& tx,
                                 const std::vector<std::pair<std::string, std::string>>& row) {
    auto get = [&](std::string_view column) -> Value {
        for (const auto& [c, v] : row)
            if (c == column) {
                auto t = text::trim(v);
                return t.empty() ? Value() : Value(std::string(t));
            }
        return std::nullopt;
    };
    auto date_of = [&](const char* column) -> Value {
        Value v = get(column);
        if (v && !Date::parse_iso(*v))
            throw FieldError(column, trf("'{}' is not a date", *v),
                             Date::hint(*v, tr("write dates as YYYY-MM-DD, a day that exists")));
        return v;
    };
    const Value id_text = get("id");
    std::optional<std::int64_t> id;
    if (id_text) {
        if (id_text->find_first_not_of("0123456789") != std::string::npos || id_text->size() > 18)
            throw FieldError("id", trf("'{}' is not an id", *id_text));
        id = std::stoll(*id_text);
    }
    const Value code_raw = get("institution");
    if (!code_raw) throw FieldError("institution", tr("is required"));
    const std::string code = text::upper(*code_raw);
    if (!find_institution(tx.registry(), code)) {
        const UnknownCode unknown = unknown_institution(tx.registry(), code);
        throw FieldError("institution", unknown.message,
                         !unknown.near.empty() || renamed_code(tx.registry(), code)
                             ? unknown.hint
                             : tr("import the institutions first: pymes institution import"));
    }
    const Value kind = get("kind");
    const auto parsed_kind = kind ? parse_membership_kind(*kind) : std::nullopt;
    if (!parsed_kind)
        throw FieldError("kind",
                         trf("'{}' is not founding, accession or withdrawal", kind.value_or("")));
    const Value date = date_of("date");
    if (!date) throw FieldError("date", tr("is required"));
    const Value place = get("place"), reference = get("reference");
    const Value recorded_on = date_of("recorded_on");

    if (id) {
        SQLite::Statement q(db_of(tx),
                            "SELECT institution, kind, date, place, reference, recorded_on FROM "
                            "membership_event WHERE id = ?");
        q.bind(1, *id);
        if (q.executeStep()) {
            const bool same =
                q.getColumn(0).getString() == code && q.getColumn(1).getString() == *kind &&
                q.getColumn(2).getString() == *date && column_value(q.getColumn(3)) == place &&
                column_value(q.getColumn(4)) == reference &&
                (!recorded_on || column_value(q.getColumn(5)) == recorded_on);
            if (same) return RowOutcome::unchanged;
            throw FieldError(
                "id", trf("membership event {} is already in the registry and says otherwise", *id),
                tr("the log is never rewritten by an import: a wrong event is corrected or "
                   "annulled"));
        }
    }
    // A founding signature only for an institution that is a founding signatory (its `founder`,
    // kept through renames: migration 0010), never for whoever holds one of the 11 codes now.
    if (*kind == "founding" && !founder_of(tx.registry(), code))
        throw FieldError("kind", not_a_founder(tx.registry(), code));
    if (*kind == "founding" && *date != kAgreementDate)
        throw FieldError("date",
                         trf("the founding signature is dated {}", std::string(kAgreementDate)));
    // The event appended gets the next id (after the largest); it then takes the file's.
    const std::int64_t added =
        db_of(tx).execAndGet("SELECT coalesce(max(id), 0) + 1 FROM membership_event").getInt64();
    try {
        append_membership_event(tx, code, {0, *parsed_kind, *date, place, reference});
    } catch (const DataError& e) {
        throw FieldError("date", e.what());
    }
    SQLite::Statement fix(db_of(tx),
                          "UPDATE membership_event SET id = ?1, recorded_on = coalesce(?2, "
                          "recorded_on) WHERE id = ?3");
    fix.bind(1, id.value_or(added));
    if (recorded_on)
        fix.bind(2, *recorded_on);
    else
        fix.bind(2);
    fix.bind(3, added);
    fix.exec();
    return RowOutcome::added;
}

}  // namespace pymes
