#include "pymes/entities/institution.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "core/iso_codes.hpp"
#include "entities/institution_write.hpp"
#include "entities/membership_log.hpp"
#include "entities/record_sql.hpp"
#include "entities/record_write.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/membership_kind.hpp"
#include "pymes/core/text.hpp"
#include "pymes/entities/as_of.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"

namespace pymes {

std::optional<std::string> normalize_code(std::string_view code) {
    std::string c = text::upper(text::trim(code));
    if (c.size() < 2 || c.size() > 32) return std::nullopt;
    auto alnum = [](char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'); };
    if (!alnum(c.front())) return std::nullopt;
    for (char ch : c)
        if (!alnum(ch) && ch != '-') return std::nullopt;
    return c;
}

std::optional<std::string> normalize_country(std::string_view country) {
    std::string c = text::upper(text::trim(country));
    if (!iso::is_country(c)) return std::nullopt;
    return c;
}

std::optional<std::string> normalize_scope(std::string_view scope) {
    auto bare = [](std::string_view s) {
        std::string b = text::fold(text::trim(s));
        std::erase_if(b, [](char c) { return c == ' ' || c == '-' || c == '_'; });
        return b;
    };
    const std::string s = bare(scope);
    for (std::string_view name : kScopeNames)
        if (s == bare(name)) return std::string(name);
    if (s == "extrarregional") return std::string(kScopeNames[1]);  // as Spanish spells it
    return std::nullopt;
}

namespace {

/// Refuses to remove an institution that anything refers to, naming what does.
void check_institution_remove(Registry& registry, const Record& institution) {
    const std::string& code = institution.key();
    std::vector<std::string> refs;
    std::int64_t total = 0;
    auto count = [&](const char* sql) {
        SQLite::Statement q(db_of(registry), sql);
        q.bind(1, code);
        q.executeStep();
        const auto n = q.getColumn(0).getInt64();
        total += n;
        return static_cast<unsigned long>(n);
    };
    if (auto n = count("SELECT count(*) FROM membership_event WHERE institution = ?1"))
        refs.push_back(trnf("{} membership event", "{} membership events", n));
    if (auto n = count("SELECT count(*) FROM activity WHERE institution = ?1"))
        refs.push_back(trnf("{} activity", "{} activities", n));
    if (auto n = count("SELECT count(*) FROM project WHERE lead = ?1 OR id IN (SELECT project FROM "
                       "project_partner WHERE institution = ?1)"))
        refs.push_back(trnf("{} project", "{} projects", n));
    if (auto n = count("SELECT count(*) FROM meeting WHERE host = ?1 OR id IN (SELECT meeting FROM "
                       "meeting_attendee WHERE institution = ?1)"))
        refs.push_back(trnf("{} meeting", "{} meetings", n));
    if (refs.empty()) return;
    std::string list;
    for (std::size_t k = 0; k < refs.size(); ++k)
        list += (k == 0                 ? ""
                 : k + 1 == refs.size() ? std::string(" ") + trc("list", "and") + " "
                                        : std::string(", ")) +
                refs[k];
    throw DataError(
        trnf("cannot remove {1}: {2} refers to it", "cannot remove {1}: {2} refer to it",
             static_cast<unsigned long>(total), code, list),
        trf("the registry keeps its record; to end a membership use `pymes "
            "institution withdraw {} --date DATE`",
            code));
}

std::string no_such(std::string_view code) { return trf("there is no institution {}", code); }

std::string code_or_throw(std::string_view code) {
    auto c = normalize_code(code);
    if (!c) throw code_error("code", code);
    return *c;
}

std::optional<Record> find(Registry& registry, const std::string& code) {
    return find_record(registry, institution_spec(), std::string_view(code));
}

/// Makes `code` the founding signatory `signatory` (the triggers of 0010 let it be set once).
void set_founder(WriteTransaction& tx, const std::string& code, const std::string& signatory) {
    SQLite::Statement set(db_of(tx), "UPDATE institution SET founder = ?2 WHERE code = ?1");
    set.bind(1, code);
    set.bind(2, signatory);
    set.exec();
}

/// `founder`: which founding signatory it is (an import into a registry that lacks it), stored
/// and recorded with the addition.
Record add_in(WriteTransaction& tx, const std::string& code, const Patch& fields,
              const Value& founder = std::nullopt) {
    if (auto existing = find(tx.registry(), code)) {
        throw DataError(trf("institution {} already exists ({})", code, *existing->get("name")),
                        trf("change it with `pymes institution edit {}`", code));
    }
    if (std::none_of(fields.begin(), fields.end(), [](const auto& f) {
            return f.first == "name" && !text::trim(f.second).empty();
        }))
        throw DataError(trf("institution {} needs a name", code), tr("give it with --name"));
    Record i = blank_record(institution_spec());
    i.values[0] = code;
    apply_patch(i, fields);
    insert_record(tx, i, !founder);
    if (founder) {
        set_founder(tx, code, *founder);
        Changes changes = diff_records(blank_record(institution_spec()), i);
        changes.push_back({"founder", std::nullopt, *founder});
        tx.record("add", "institution", code, changes);
    }
    return i;
}

Membership membership_now(Registry& registry, const std::string& code) {
    return membership_as_of(events_of(db_of(registry), code), registry.clock().today().iso());
}

using T = FieldType;

bool agreement_code(std::string_view code) {
    const auto& f = founding_signatories();
    return std::any_of(f.begin(), f.end(), [&](const Signatory& s) { return s.code == code; });
}

}  // namespace

Value founder_of(Registry& registry, std::string_view code) {
    SQLite::Statement q(db_of(registry), "SELECT founder FROM institution WHERE code = ?");
    q.bind(1, std::string(code));
    if (!q.executeStep()) return std::nullopt;
    return column_value(q.getColumn(0));
}

std::optional<std::string> founder_holder(Registry& registry, std::string_view signatory) {
    SQLite::Statement q(db_of(registry), "SELECT code FROM institution WHERE founder = ?");
    q.bind(1, std::string(signatory));
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getString();
}

std::string not_a_founder(Registry& registry, const std::string& code) {
    if (agreement_code(code))
        if (auto holder = founder_holder(registry, code); holder && *holder != code)
            return trf(
                "{0} is not a founding signatory: the agreement's {0} is {1} in this registry",
                code, *holder);
    return trf("{} is not one of the 11 founding signatories", code);
}

const EntitySpec& institution_spec() {
    static const EntitySpec spec{.entity = Entity::institution,
                                 .fields = {{"code", T::code, "r.code", "code", true},
                                            {"name", T::title, "r.name", "name", true},
                                            {"country", T::country, "r.country", "country"},
                                            {"scope", T::scope, "r.scope", "scope"},
                                            {"kind", T::text, "r.kind", "kind"},
                                            {"website", T::url, "r.website", "website"},
                                            {"email", T::email, "r.email", "email"},
                                            {"contact", T::text, "r.contact", "contact"},
                                            {"notes", T::long_text, "r.notes", "notes"}},
                                 .check_remove = check_institution_remove,
                                 // Its membership as of the day (institution_row), then which
                                 // founding signatory it is (migration 0010): last, so that
                                 // older files keep their columns.
                                 .derived = {{"status", T::standing, "", "", true},
                                             {"joined_on", T::date, "", ""},
                                             {"joined_via", T::membership_kind, "", ""},
                                             {"joined_place", T::text, "", ""},
                                             {"joined_reference", T::text, "", ""},
                                             {"withdrawn_on", T::date, "", ""},
                                             {"founder", T::signatory, "", ""}}};
    return spec;
}

std::vector<InstitutionStatus> list_institutions(Registry& registry,
                                                 const InstitutionFilter& filter) {
    // The status table as it stood, and as the registry knew it, at the end of that day
    // (SPEC §2): institutions added later are absent, names and codes as they were.
    std::optional<AsOf> view;
    if (filter.as_of) view.emplace(registry, *filter.as_of);
    auto& db = db_of(registry);
    const std::string as_of = (filter.as_of ? *filter.as_of : registry.clock().today()).iso();

    std::map<std::string, std::vector<MembershipEvent>> events;
    {
        SQLite::Statement q(
            db,
            "SELECT institution, id, kind, date, place, reference FROM membership_event "
            "WHERE annulled_on IS NULL ORDER BY institution, date, id");
        while (q.executeStep()) {
            events[q.getColumn(0).getString()].push_back(
                {q.getColumn(1).getInt64(), stored_membership_kind(q.getColumn(2).getString()),
                 q.getColumn(3).getString(), column_value(q.getColumn(4)),
                 column_value(q.getColumn(5))});
        }
    }
    std::map<std::string, std::string> founders;
    {
        SQLite::Statement q(db, "SELECT code, founder FROM institution WHERE founder IS NOT NULL");
        while (q.executeStep()) founders[q.getColumn(0).getString()] = q.getColumn(1).getString();
    }
    SQLite::Statement q(
        db, select_sql(institution_spec()) +
                " WHERE (?1 IS NULL OR r.country = ?1) AND (?2 IS NULL OR r.scope = ?2)");
    if (filter.country)
        q.bind(1, *filter.country);
    else
        q.bind(1);
    if (filter.scope)
        q.bind(2, *filter.scope);
    else
        q.bind(2);

    // Founding signatories in the order they were recorded (the agreement's), then by first
    // accession date, then institutions that never joined, by code.
    using Order = std::tuple<int, std::string, std::int64_t, std::string>;
    std::vector<std::pair<Order, InstitutionStatus>> rows;
    while (q.executeStep()) {
        Record inst = read_row(institution_spec(), q);
        const auto& ev = events[inst.key()];
        Membership m = membership_as_of(ev, as_of);
        if (filter.status && m.status != *filter.status) continue;
        Order order{2, "", 0, inst.key()};
        auto first_join = std::find_if(
            ev.begin(), ev.end(), [](auto& e) { return e.kind != MembershipKind::withdrawal; });
        if (first_join != ev.end()) {
            const bool founding = first_join->kind == MembershipKind::founding;
            order = {founding ? 0 : 1, founding ? "" : first_join->date, first_join->id,
                     inst.key()};
        }
        auto founder = founders.find(inst.key());
        Value signatory = founder == founders.end() ? Value() : Value(founder->second);
        rows.push_back(
            {order, InstitutionStatus{std::move(inst), std::move(m), std::move(signatory)}});
    }
    std::sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.first < b.first; });
    std::vector<InstitutionStatus> out;
    out.reserve(rows.size());
    for (auto& r : rows) out.push_back(std::move(r.second));
    return out;
}

std::optional<Record> find_institution(Registry& registry, std::string_view code) {
    return find(registry, text::upper(text::trim(code)));
}

std::string institution_name(Registry& registry, std::string_view code) {
    auto i = find_institution(registry, code);
    return i ? *i->get("name") : std::string(code);
}

InstitutionDetail show_institution(Registry& registry, std::string_view code_arg) {
    auto& db = db_of(registry);
    const std::string code = text::upper(text::trim(code_arg));
    auto inst = find(registry, code);
    if (!inst) {
        const UnknownCode unknown = unknown_institution(registry, code);
        throw NotFound(unknown.message, unknown.hint);
    }
    InstitutionDetail d;
    d.events = events_of(db, code);
    d.current = {*inst, membership_as_of(d.events, registry.clock().today().iso()),
                 founder_of(registry, code)};
    auto count = [&](const char* sql) {
        SQLite::Statement q(db, sql);
        q.bind(1, code);
        q.executeStep();
        return q.getColumn(0).getInt64();
    };
    d.activities = count("SELECT count(*) FROM activity WHERE institution = ?1");
    d.projects = count(
        "SELECT count(*) FROM project WHERE lead = ?1 "
        "OR id IN (SELECT project FROM project_partner WHERE institution = ?1)");
    d.meetings_hosted = count("SELECT count(*) FROM meeting WHERE host = ?1");
    d.meetings_attended = count("SELECT count(*) FROM meeting_attendee WHERE institution = ?1");
    return d;
}

InstitutionStatus add_institution(Registry& registry, std::string_view code_arg,
                                  const Patch& fields) {
    const std::string code = code_or_throw(code_arg);
    WriteTransaction tx(registry);
    Record i = add_in(tx, code, fields);
    tx.commit();
    return {i, Membership{}, std::nullopt};
}

InstitutionStatus edit_institution(Registry& registry, std::string_view code_arg,
                                   const Patch& fields) {
    const std::string code = text::upper(text::trim(code_arg));
    WriteTransaction tx(registry);
    Record before = get_record(tx.registry(), institution_spec(), std::string_view(code));
    Record after = before;
    apply_patch(after, fields);
    if (!update_record(tx, before, after).empty()) tx.commit();
    return {after, membership_now(registry, code), founder_of(registry, code)};
}

void remove_institution(Registry& registry, std::string_view code_arg) {
    remove_record(registry, institution_spec(), text::upper(text::trim(code_arg)));
}

InstitutionStatus accede(Registry& registry, const AccessionRequest& request) {
    WriteTransaction tx(registry);
    std::string code;
    if (request.create) {
        code = code_or_throw(request.code);
        add_in(tx, code, *request.create);
    } else {
        code = text::upper(text::trim(request.code));
        if (!find(tx.registry(), code)) {
            if (auto renamed = renamed_code(tx.registry(), code)) {
                const UnknownCode unknown = unknown_institution(tx.registry(), code);
                throw NotFound(unknown.message, unknown.hint);
            }
            throw NotFound(
                no_such(code),
                trf("to record it and its accession in one step: pymes accede {} --date {} "
                    "--name \"Full name\"",
                    code, request.date.iso()));
        }
    }
    append_membership_event(
        tx, code,
        {0, MembershipKind::accession, request.date.iso(), request.place, request.reference});
    tx.commit();
    return {*find(registry, code), membership_now(registry, code), founder_of(registry, code)};
}

InstitutionStatus withdraw(Registry& registry, std::string_view code_arg, Date date,
                           const Value& reference) {
    const std::string code = text::upper(text::trim(code_arg));
    WriteTransaction tx(registry);
    Record inst = get_record(tx.registry(), institution_spec(), std::string_view(code));
    append_membership_event(tx, code,
                            {0, MembershipKind::withdrawal, date.iso(), std::nullopt, reference});
    tx.commit();
    return {inst, membership_now(registry, code), founder_of(registry, code)};
}

RowOutcome import_institution_row(WriteTransaction& tx,
                                  const std::vector<std::pair<std::string, std::string>>& row,
                                  bool* membership_not_applied, bool speaks_for_itself) {
    auto get = [&](std::string_view column) -> std::optional<std::string> {
        for (const auto& [c, v] : row)
            if (c == column) return v;
        return std::nullopt;
    };
    auto code_raw = get("code");
    auto code = code_raw ? normalize_code(*code_raw) : std::nullopt;
    if (!code) throw code_error("code", code_raw.value_or(""));
    const EntitySpec& spec = institution_spec();
    Patch fields;
    for (std::size_t k = 1; k < spec.fields.size(); ++k)
        if (auto v = get(spec.fields[k].name)) fields.emplace_back(spec.fields[k].name, *v);

    // Membership: the joined_*/withdrawn_on columns are derived from the log, which only
    // `membership import`, accede and withdraw change. Where the log has events for the
    // institution, what the row states must agree with it; where it has none, they are not
    // applied (the caller counts them). An empty cell states nothing.
    auto optional = [](const std::optional<std::string>& v) -> Value {
        if (!v || text::trim(*v).empty()) return std::nullopt;
        return std::string(text::trim(*v));
    };
    const Value via = optional(get("joined_via"));
    const auto via_kind = via ? parse_membership_kind(*via) : std::nullopt;
    if (via && (!via_kind || !joins(*via_kind)))
        throw FieldError("joined_via", trf("'{}' is neither founding nor accession", *via));
    const bool via_founding = via_kind && *via_kind == MembershipKind::founding;

    // Which founding signatory it is (migration 0010): never changed, and made only where the
    // registry lacks that signatory (a registry rebuilt from `init --empty`).
    const Value current = founder_of(tx.registry(), *code);
    Value signatory = optional(get("founder"));
    if (signatory) signatory = text::upper(*signatory);
    if (signatory && !agreement_code(*signatory))
        throw FieldError("founder",
                         trf("'{}' is not one of the 11 founding signatories", *signatory));
    if (current && signatory && *signatory != *current)
        throw FieldError(
            "founder", trf("{} is the founding signatory {}; that never changes", *code, *current));
    if (!current && signatory) {
        if (speaks_for_itself)
            throw FieldError("founder",
                             trf("the file speaks for {} (--as): only an import without --as "
                                 "records a founding signatory",
                                 *code));
        if (auto holder = founder_holder(tx.registry(), *signatory))
            throw FieldError("founder", trf("the founding signatory {} is {} in this registry",
                                            *signatory, *holder));
    }
    // A file of an older pymes has no `founder` column: its founding signatories are the rows
    // of the 11 codes joined by founding, where the registry lacks that signatory.
    if (!current && !signatory && !get("founder") && !speaks_for_itself && via_founding &&
        agreement_code(*code) && !founder_holder(tx.registry(), *code))
        signatory = *code;
    RowOutcome outcome = RowOutcome::unchanged;
    auto before = find(tx.registry(), *code);
    if (!before) {
        // A row under a code renamed since (an old spreadsheet) would make a second institution
        // of the same one: refused, saying where the code went.
        if (auto renamed = renamed_code(tx.registry(), *code))
            throw FieldError("code",
                             trf("{} is now {} since {}", *code, renamed->code, renamed->on),
                             trf("write {} in the file; `pymes institution add {}` records a new "
                                 "institution with the old code",
                                 renamed->code, *code));
        add_in(tx, *code, fields, signatory);
        outcome = RowOutcome::added;
    } else {
        Record after = *before;
        apply_patch(after, fields);
        if (!update_record(tx, *before, after, true, "import").empty())
            outcome = RowOutcome::updated;
    }

    if (before && !current && signatory) {
        set_founder(tx, *code, *signatory);
        tx.record("import", "institution", *code, {{"founder", std::nullopt, *signatory}});
        if (outcome == RowOutcome::unchanged) outcome = RowOutcome::updated;
    }
    if (via_founding && !current && !signatory)
        throw FieldError("joined_via", not_a_founder(tx.registry(), *code));
    const char* derived[] = {"joined_on", "joined_via", "joined_place", "joined_reference",
                             "withdrawn_on"};
    const auto events = events_of(db_of(tx), *code);
    if (events.empty()) {
        if (membership_not_applied)
            *membership_not_applied =
                std::any_of(std::begin(derived), std::end(derived),
                            [&](const char* c) { return optional(get(c)).has_value(); });
        return outcome;
    }
    const Membership now = membership_as_of(events, "9999-12-31");
    const auto& j = now.joined;
    const Value log[] = {j ? Value(j->date) : Value(),
                         j ? Value(std::string(kind_name(j->kind))) : Value(),
                         j ? j->place : Value(), j ? j->reference : Value(), now.withdrawn_on};
    for (std::size_t k = 0; k < std::size(derived); ++k) {
        const Value stated = optional(get(derived[k]));
        if (stated && stated != log[k])
            throw FieldError(
                derived[k],
                trf("'{}' differs from the membership log of {}, which says {}", *stated, *code,
                    log[k] ? "'" + *log[k] + "'" : std::string("nothing")),
                tr("the log changes with accede, institution withdraw and membership import"));
    }
    return outcome;
}

}  // namespace pymes
