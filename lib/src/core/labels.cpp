#include "pymes/core/labels.hpp"

#include "pymes/core/i18n.hpp"

namespace pymes {

namespace {

// TRANSLATORS: column headings of the tables people read (CSV and JSON keep these names). Short:
// a heading is as wide as its column.
constexpr const char* kColumns[] = {
    NC_("column", "code"),
    NC_("column", "name"),
    NC_("column", "country"),
    NC_("column", "scope"),
    NC_("column", "kind"),
    NC_("column", "website"),
    NC_("column", "email"),
    NC_("column", "contact"),
    NC_("column", "notes"),
    NC_("column", "status"),
    NC_("column", "joined_on"),
    NC_("column", "joined_via"),
    NC_("column", "joined_place"),
    NC_("column", "joined_reference"),
    NC_("column", "withdrawn_on"),
    // TRANSLATORS: which of the 11 founding signatories an institution is (its code in the
    // agreement's list), whatever its code is now.
    NC_("column", "founder"),
    NC_("column", "activities"),
    NC_("column", "projects"),
    NC_("column", "meetings_hosted"),
    NC_("column", "meetings_attended"),
    NC_("column", "id"),
    NC_("column", "ref"),
    NC_("column", "institution"),
    NC_("column", "area"),
    NC_("column", "title"),
    NC_("column", "description"),
    NC_("column", "start_on"),
    NC_("column", "end_on"),
    NC_("column", "highlight"),
    NC_("column", "url"),
    NC_("column", "tags"),
    NC_("column", "recorded_on"),
    NC_("column", "date"),
    NC_("column", "end_date"),
    NC_("column", "end_time"),
    NC_("column", "time"),
    NC_("column", "timezone"),
    NC_("column", "place"),
    NC_("column", "host"),
    NC_("column", "attendees"),
    NC_("column", "agenda"),
    NC_("column", "minutes"),
    NC_("column", "uid"),
    NC_("column", "lead"),
    NC_("column", "partners"),
    NC_("column", "meeting"),
    NC_("column", "budget"),
    NC_("column", "currency"),
    NC_("column", "funding"),
    NC_("column", "reference"),
    NC_("column", "at"),
    NC_("column", "actor"),
    NC_("column", "action"),
    NC_("column", "entity"),
    NC_("column", "key"),
    NC_("column", "changes"),
    NC_("column", "match"),
    NC_("column", "value"),
    NC_("column", "source"),
    NC_("column", "path"),
    NC_("column", "schema"),
    NC_("column", "program_schema"),
    NC_("column", "size_bytes"),
    NC_("column", "journal_mode"),
    NC_("column", "agreement"),
    NC_("column", "membership_event"),
    NC_("column", "activity"),
    NC_("column", "meeting_attendee"),
    NC_("column", "project"),
    NC_("column", "project_partner"),
    NC_("column", "history"),
    NC_("column", "event"),
    // Fields the history names in the changes of a membership event (`log`).
    NC_("column", "reason"),
    NC_("column", "withdrawal_reference"),
    NC_("column", "annulled_on"),
    // The history row of an import names its file's rows, how many it added and updated, and
    // the institution it spoke for (--as); the agreement's row, when and where it was signed.
    NC_("column", "rows"),
    NC_("column", "added"),
    NC_("column", "updated"),
    NC_("column", "as"),
    NC_("column", "signed_on"),
    NC_("column", "signed_in"),
};

struct ValueWord {
    std::string_view column;
    const char* context;
    const char* value;  // the code, and the English msgid
};

constexpr ValueWord kValues[] = {
    {"status", "institution status", NC_("institution status", "party")},
    {"status", "institution status", NC_("institution status", "withdrawn")},
    {"status", "institution status", NC_("institution status", "non-party")},
    // TRANSLATORS: `institution list --status all`: every institution, whatever its status.
    {"status", "institution status", NC_("institution status", "all")},
    {"joined_via", "membership event", NC_("membership event", "founding")},
    {"joined_via", "membership event", NC_("membership event", "accession")},
    {"kind", "membership event", NC_("membership event", "founding")},
    {"kind", "membership event", NC_("membership event", "accession")},
    {"kind", "membership event", NC_("membership event", "withdrawal")},
    {"event", "membership event", NC_("membership event", "founding")},
    {"event", "membership event", NC_("membership event", "accession")},
    {"event", "membership event", NC_("membership event", "withdrawal")},
    {"kind", "record", NC_("record", "activity")},
    {"kind", "record", NC_("record", "meeting")},
    {"kind", "record", NC_("record", "project")},
    {"entity", "record", NC_("record", "registry")},
    {"entity", "record", NC_("record", "agreement")},
    {"entity", "record", NC_("record", "institution")},
    {"entity", "record", NC_("record", "membership")},
    {"entity", "record", NC_("record", "activity")},
    {"entity", "record", NC_("record", "meeting")},
    {"entity", "record", NC_("record", "project")},
    {"action", "history action", NC_("history action", "add")},
    {"action", "history action", NC_("history action", "edit")},
    {"action", "history action", NC_("history action", "remove")},
    {"action", "history action", NC_("history action", "rename")},
    {"action", "history action", NC_("history action", "create")},
    // TRANSLATORS: the history's first row: the registry was made (`pymes init`).
    {"action", "history action", NC_("history action", "init")},
    {"action", "history action", NC_("history action", "migrate")},
    {"action", "history action", NC_("history action", "import")},
    {"action", "history action", NC_("history action", "accede")},
    {"action", "history action", NC_("history action", "withdraw")},
    {"action", "history action", NC_("history action", "correct")},
    {"action", "history action", NC_("history action", "annul")},
    {"source", "config source", NC_("config source", "default")},
    // The key of the registry's own history rows (init, migrate): its schema.
    {"key", "column", NC_("column", "schema")},
    {"", "boolean", NC_("boolean", "true")},
    {"", "boolean", NC_("boolean", "false")},
};

}  // namespace

std::string column_header(std::string_view column) {
    for (const char* c : kColumns)
        if (column == c) return trc("column", c);
    return std::string(column);
}

std::string value_label(std::string_view column, std::string_view value) {
    for (const ValueWord& v : kValues)
        if ((v.column.empty() || v.column == column) && value == v.value)
            return trc(v.context, v.value);
    return {};
}

}  // namespace pymes
