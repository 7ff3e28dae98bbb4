#pragma once
/// Institutions, activities, meetings and projects through one mechanism: an entity is a list of
/// typed fields (in the column order of SPEC §4); a Record holds one canonical text value per
/// field. The first field is the record's key: an id the registry gives (activities, meetings,
/// projects) or a code the user gives (institutions). Checking,
/// storing, diffing for the history, and turning into table/CSV/JSON cells all run off the
/// field list, so the command line and the importers behave the same. Every file's column is
/// treated by its field's type, never its name: the membership log's events have a spec too
/// (membership_spec(): their files' columns), though the log's own rules write them.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pymes/core/entity.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/table.hpp"
#include "pymes/store/history.hpp"

namespace pymes {

class Registry;

enum class FieldType {
    id,            ///< positive integer, given by the registry when a record is added
    code,          ///< the key an institution is known by: [A-Z0-9][A-Z0-9-]{1,31}, upper-cased
    text,          ///< UTF-8 text on one line, no control characters; empty is nothing
    title,         ///< what a record is called by (an institution's name, a title): text as
                   ///< `text` is, laid out with the room of a long text (a workbook column)
    long_text,     ///< UTF-8 text that may hold line breaks (CR LF stored as LF) and tabs
    date,          ///< YYYY-MM-DD
    time,          ///< HH:MM
    status,        ///< one of the entity's statuses (statuses_of, pymes/status.hpp)
    area,          ///< an area code (aliases accepted)
    boolean,       ///< true/false (also yes/no/1/0/sí/si)
    amount,        ///< exact decimal, 2 places, stored in minor units
    country,       ///< ISO 3166-1 alpha-2
    currency,      ///< ISO 4217
    institution,   ///< an institution code
    institutions,  ///< a set of institution codes (stored in a list table)
    meeting,       ///< a meeting id
    tags,          ///< ';'-separated labels
    timezone,      ///< an IANA time zone name
    url,           ///< a web address: http:// or https://, a host, no spaces
    email,         ///< one e-mail address
    scope,         ///< regional or extra-regional (an institution's)
    uid,           ///< a calendar UID (a meeting's): 1 to 255 printable ASCII characters, no
                   ///< spaces; made by the registry when not given, never changed

    // Days and words the registry gives, and an institution's columns from other tables.
    recorded,         ///< the day the registry learned of the record (YYYY-MM-DD, SPEC §2): the
                      ///< registry's today when not given
    membership_kind,  ///< founding, accession or withdrawal (MembershipKind)
    standing,         ///< party, withdrawn or non-party: an institution's, from its log
    signatory,        ///< which of the agreement's 11 founding signatories (its code there)
};

/// Whether a new record has a value of this type without being given one: an id, the entity's
/// first status, false, the day it is recorded, a calendar UID. Such a field is never a
/// required column of a file, and an import leaves it as it is when the file leaves it empty.
bool registry_fills(FieldType type);

struct Field {
    std::string_view name;
    FieldType type;
    std::string_view select;  ///< SQL expression that reads it (fixed text, never input)
    std::string_view column;  ///< column written in the main table; empty for list fields
    bool required = false;
};

struct EntitySpec {
    Entity entity;
    std::vector<Field> fields;
    /// List fields: field name, table, key column, value column.
    struct List {
        std::string_view field, table, key, value;
    };
    std::vector<List> lists = {};
    /// Rules across fields and references to other records, which the schema enforces too:
    /// run when the database refuses a write, to say why. Throws FieldError.
    void (*check)(Registry& registry, const struct Record& record) = nullptr;
    /// Refuses (DataError) to remove a record that others still refer to.
    void (*check_remove)(Registry& registry, const struct Record& record) = nullptr;
    /// How an import finds a record by its `ref`: SQL taking the ref (and, when ref_scope is
    /// set, the value of that field) and giving the id. Empty: the entity has no ref.
    std::string_view ref_lookup = {};
    std::string_view ref_scope = {};
    /// What a list leaves out on a terminal too narrow for it (SPEC §3), first names first:
    /// `low_value` before any text is shortened, `expendable` only if shortened text still does
    /// not fit. Text fields are shortened; dates, codes and ids never are.
    struct Narrow {
        std::vector<std::string_view> low_value, expendable;
    };
    Narrow narrow = {};
    /// Rules within one record that the schema cannot hold (a field against a list field, a local
    /// time that its zone skips): run before every write, typed or imported. Throws FieldError.
    void (*validate)(const struct Record& record) = nullptr;
    /// The table that holds the records, when it is not named after the entity (the membership
    /// log's `membership_event`).
    std::string_view table = {};
    /// Columns the entity's files carry after its fields, worked out from other tables and
    /// never written through the record (an institution's membership, from its log, and which
    /// founding signatory it is): typed as fields are, so that every file treats them alike.
    std::vector<Field> derived = {};

    const Field* field(std::string_view name) const;
    /// A column of the entity's files: a field, or one of `derived`; nullptr for neither.
    const Field* column(std::string_view name) const;
    /// The field that names the institution a record belongs to (an import's --as, a
    /// template's --institution): an institution's own code, else the entity's one field of
    /// type `institution` (an activity's institution, a meeting's host, a project's lead);
    /// nullptr when it has none.
    const Field* owner() const;
    /// The table the records are in.
    std::string_view table_name() const { return table.empty() ? name() : table; }
    std::size_t index(std::string_view name) const;
    /// Whether the registry gives the key (an id) rather than the user (a code).
    bool numbered() const { return fields.front().type == FieldType::id; }
    /// The history's entity name, and the table's.
    std::string_view name() const { return entity_name(entity); }
};

/// A record of an entity: values[i] belongs to spec->fields[i]; values[0] is the id.
struct Record {
    const EntitySpec* spec = nullptr;
    std::vector<Value> values;
    /// The day a status given with this record took effect (`--on`); unset: the day it is
    /// written (the registry's today). Meetings and projects keep their statuses as dated
    /// changes (status_change, migration 0008).
    std::optional<std::string> status_on;

    std::int64_t id() const;                               ///< the key of a numbered entity
    const std::string& key() const { return *values[0]; }  ///< the key as text, once written
    const Value& get(std::string_view name) const { return values[spec->index(name)]; }
    Value& at(std::string_view name) { return values[spec->index(name)]; }
};

/// A bad value, naming the field it belongs to (exit 65).
struct FieldError : DataError {
    FieldError(std::string f, const std::string& message, std::string hint = {})
        : DataError(f + ": " + message, std::move(hint)), field(std::move(f)), detail(message) {}
    std::string field;
    std::string detail;  ///< the message without the field name
    /// The detail and, in parentheses, the hint: one line of an import's report, which says
    /// what the command line says (the closest code, the areas, the date's YYYY-MM-DD form).
    std::string with_hint() const { return hint().empty() ? detail : detail + " (" + hint() + ")"; }
};

/// The one refusal of a country that is not an ISO 3166-1 alpha-2 code, for every field and
/// option that takes one (institutions, meetings, the command line).
FieldError country_error(std::string field, std::string_view value);

/// The one refusal of a text that is not an institution code, wherever one is given.
FieldError code_error(std::string field, std::string_view value);

/// The one refusal of a web address that is not one (text::url_problem says why).
FieldError url_error(std::string field, const std::string& problem);

/// Field name -> text as typed or read from a file; an empty text clears the field.
using Patch = std::vector<std::pair<std::string, std::string>>;

/// The canonical text of `raw` for `field` (nullopt for empty), or throws FieldError. Every
/// value, typed or imported, first meets SPEC §2's text rule for its kind, before any message
/// quotes it: no control character, except LF and TAB in long_text (where CR LF becomes LF).
Value normalize(const EntitySpec& spec, const Field& field, std::string_view raw);

/// Items of a list value ("A;B" -> {A, B}).
std::vector<std::string> split_list(const Value& v);

/// The record with this key (an id of a numbered entity, or a code as stored); NotFound if none.
Record get_record(Registry& registry, const EntitySpec& spec, std::string_view key);
Record get_record(Registry& registry, const EntitySpec& spec, std::int64_t id);
/// Adds a record from `patch` (defaults filled in, every rule checked), with its history.
/// `status_on`: the day its status took effect (a meeting's or a project's; default today).
Record add_record(Registry& registry, const EntitySpec& spec, const Patch& patch,
                  std::optional<std::string> status_on = std::nullopt);
/// Changes the fields in `patch`, adds and removes list items; no change writes nothing.
struct ListEdit {
    std::string field;
    std::vector<std::string> add, remove;
    /// What a refusal names instead of the field: the options that gave the items
    /// ("--add-attendee: there is no institution SELLA"); the field when empty.
    std::string add_name = {}, remove_name = {};
};
/// `status_on`: the day a new status took effect (default today): not in the future, and not
/// before the record's last status change (SPEC §2, "Two times"); else DataError (65).
Record edit_record(Registry& registry, const EntitySpec& spec, std::int64_t id, const Patch& patch,
                   const std::vector<ListEdit>& lists = {},
                   std::optional<std::string> status_on = std::nullopt);
void remove_record(Registry& registry, const EntitySpec& spec, std::string_view key);
void remove_record(Registry& registry, const EntitySpec& spec, std::int64_t id);

/// Lower-level pieces, for the importers: all inside the caller's transaction.
Record blank_record(const EntitySpec& spec);
/// A record before anything is given: blank, but for the values the registry fills by type
/// (registry_fills; the id and a calendar UID when it is written): the first status, false,
/// `today` as the day it is recorded. `add` and an import's new rows start from it.
Record new_record(const EntitySpec& spec, const std::string& today);
/// Sets the fields of `patch`, each checked by normalize(). A value given exactly as the record
/// holds it is kept without a check (an `edit`, an institution's import row): what an older
/// version stored under looser rules (pymes 0.1's institution web site without its scheme)
/// survives an export and import unchanged; a change meets today's rules. The activity, meeting
/// and project importers do the same for free text (io/row_reader.hpp, `may_be_held`).
void apply_patch(Record& record, const Patch& patch);
std::optional<Record> find_record(Registry& registry, const EntitySpec& spec, std::string_view key);
std::optional<Record> find_record(Registry& registry, const EntitySpec& spec, std::int64_t id);

Changes diff_records(const Record& before, const Record& after);

struct QuerySql;  // the SQL inside a Query: lib/src/entities/record_sql.hpp
/// Which records a list or an export takes, built from a filter by activity_query,
/// meeting_query or project_query (entities.hpp). The SQL it holds stays inside the library.
class Query {
  public:
    Query();  ///< every record, by id
    explicit Query(QuerySql sql);
    const QuerySql& sql() const { return *sql_; }

  private:
    std::shared_ptr<const QuerySql> sql_;
};
std::vector<Record> query_records(Registry& registry, const EntitySpec& spec, const Query& query);

/// Typed cells (numbers, booleans, lists), areas labelled in `language` for people.
Row record_row(const Record& record, std::string_view language);
/// One value as a cell of `field`'s type (a number, a boolean, a list), with the label people
/// read for a coded value (an area in `language`, a status, a membership kind, an institution's
/// standing; a boolean is labelled by its cell's kind).
Cell field_cell(const EntitySpec& spec, const Field& field, const Value& value,
                std::string_view language);
std::vector<std::string> column_names(const EntitySpec& spec);
/// The columns of the entity's files: its fields, then its derived columns.
std::vector<std::string> file_columns(const EntitySpec& spec);
/// How each column of a list gives way on a narrow terminal, from the spec's field types and
/// its `narrow` lists.
std::vector<ColumnFit> column_fits(const EntitySpec& spec);
Table records_table(const EntitySpec& spec, const std::vector<Record>& records,
                    std::string_view language);

/// A full-text query that matches every word of `text` (quoted: never FTS syntax from input); a
/// word whose parts are joined by an apostrophe or a hyphen also as those parts written
/// together (`O'Brien`, `OBrien`). With `areas`, words that name an area (`transferencia
/// tecnologica`, in any language the input accepts) also match the records of that area (the
/// index of activities and projects has one: entities/search.cpp).
std::string fts_query(std::string_view text, bool areas = false);

}  // namespace pymes
