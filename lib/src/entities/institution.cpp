#include "pymes/institution.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "core/iso_codes.hpp"
#include "entities/membership_log.hpp"
#include "entities/record_sql.hpp"
#include "pymes/errors.hpp"
#include "pymes/i18n.hpp"
#include "pymes/membership_kind.hpp"
#include "pymes/registry.hpp"
#include "pymes/text.hpp"
#include "store/db.hpp"

namespace pymes {

bool InstitutionFields::empty() const {
    return !name && !country && !scope && !kind && !website && !email && !contact && !notes;
}

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
    std::string s = text::fold(text::trim(scope));
    std::erase_if(s, [](char c) { return c == ' ' || c == '-' || c == '_'; });
    if (s == "regional") return "regional";
    if (s == "extraregional" || s == "extrarregional") return "extra-regional";
    return std::nullopt;
}

namespace {

constexpr const char* kSelectInstitution =
    "SELECT code, name, country, scope, kind, website, email, contact, notes FROM institution";

Institution read_institution(SQLite::Statement& q) {
    Institution i;
    i.code = q.getColumn(0).getString();
    i.name = q.getColumn(1).getString();
    i.country = column_value(q.getColumn(2));
    i.scope = column_value(q.getColumn(3));
    i.kind = column_value(q.getColumn(4));
    i.website = column_value(q.getColumn(5));
    i.email = column_value(q.getColumn(6));
    i.contact = column_value(q.getColumn(7));
    i.notes = column_value(q.getColumn(8));
    return i;
}

std::optional<Institution> find(SQLite::Database& db, const std::string& code) {
    SQLite::Statement q(db, std::string(kSelectInstitution) + " WHERE code = ?");
    q.bind(1, code);
    if (!q.executeStep()) return std::nullopt;
    return read_institution(q);
}

std::string no_such(std::string_view code) { return trf("there is no institution {}", code); }

std::string code_or_throw(std::string_view code) {
    auto c = normalize_code(code);
    if (!c) {
        throw DataError(
            trf("'{}' is not an institution code", code),
            tr("codes are 2 to 32 letters, digits and '-', starting with a letter or digit"));
    }
    return *c;
}

/// SPEC §2's text rule, for an institution's fields and a membership event's place and reference.
void check_text(const char* field, std::string_view value, text::Lines lines = text::Lines::one) {
    if (auto problem = text::text_problem(value, lines); !problem.empty())
        throw FieldError(field, problem);
}

/// Applies `fields` to `i`, checking and normalizing every value given.
void apply_fields(Institution& i, const InstitutionFields& f) {
    auto optional_text = [](const char* field, const std::optional<std::string>& in, Value& out,
                            text::Lines lines = text::Lines::one) {
        if (!in) return;
        const std::string lf_only = text::unix_lines(*in);  // CR LF is a line break in notes
        auto t = text::trim(lines == text::Lines::several ? std::string_view(lf_only)
                                                          : std::string_view(*in));
        check_text(field, t, lines);
        out = t.empty() ? Value() : Value(std::string(t));
    };
    if (f.name) {
        auto t = text::trim(*f.name);
        check_text("name", t);
        if (t.empty()) throw FieldError("name", tr("cannot be empty"));
        i.name = std::string(t);
    }
    if (f.country) {
        if (text::trim(*f.country).empty()) {
            i.country.reset();
        } else if (auto c = normalize_country(*f.country)) {
            i.country = *c;
        } else {
            throw country_error("country", *f.country);
        }
    }
    if (f.scope && text::trim(*f.scope).empty()) {
        i.scope.reset();  // unknown
    } else if (f.scope) {
        auto s = normalize_scope(*f.scope);
        if (!s)
            throw FieldError("scope", trf("'{}' is not a scope", *f.scope),
                             tr("use regional or extra-regional, or leave it empty when unknown"));
        i.scope = *s;
    }
    optional_text("kind", f.kind, i.kind);
    const Value website_before = i.website;
    optional_text("website", f.website, i.website);
    // Checked when it changes: a site a 0.1 registry kept as www.example.org still round-trips.
    if (f.website && i.website && i.website != website_before)
        if (auto problem = text::url_problem(*i.website); !problem.empty())
            throw url_error("website", problem);
    optional_text("email", f.email, i.email);
    optional_text("contact", f.contact, i.contact);
    optional_text("notes", f.notes, i.notes, text::Lines::several);
    if (i.email) {
        const auto at = i.email->find('@');
        if (at == 0 || at == std::string::npos || at + 1 == i.email->size() ||
            i.email->find_first_of(" \t,;<>") != std::string::npos ||
            i.email->find('@', at + 1) != std::string::npos) {
            throw FieldError("email", trf("'{}' is not an e-mail address", *i.email),
                             tr("write one address such as pymes@example.org"));
        }
    }
}

std::vector<std::pair<std::string, Value>> fields_of(const Institution& i) {
    return {{"name", i.name},       {"country", i.country}, {"scope", i.scope},
            {"kind", i.kind},       {"website", i.website}, {"email", i.email},
            {"contact", i.contact}, {"notes", i.notes}};
}

Changes diff(const Institution& before, const Institution& after) {
    Changes changes;
    auto b = fields_of(before), a = fields_of(after);
    for (std::size_t k = 0; k < a.size(); ++k)
        diff_field(changes, a[k].first, b[k].second, a[k].second);
    return changes;
}

/// Every field of `i`, as added (nothing before) or as removed (nothing after).
Changes all_fields(const Institution& i, bool added) {
    Changes changes;
    for (auto& [field, value] : fields_of(i)) {
        if (added)
            diff_field(changes, field, std::nullopt, value);
        else
            diff_field(changes, field, value, std::nullopt);
    }
    return changes;
}

void bind_fields(SQLite::Statement& q, const Institution& i) {
    auto bind = [&](int n, const Value& v) {
        if (v)
            q.bind(n, *v);
        else
            q.bind(n);
    };
    q.bind(1, i.code);
    q.bind(2, i.name);
    bind(3, i.country);
    bind(4, i.scope);
    bind(5, i.kind);
    bind(6, i.website);
    bind(7, i.email);
    bind(8, i.contact);
    bind(9, i.notes);
}

/// Writes the fields of an existing institution.
void store(WriteTransaction& tx, const Institution& i) {
    SQLite::Statement q(db_of(tx),
                        "UPDATE institution SET name = ?2, country = ?3, scope = ?4, kind = ?5, "
                        "website = ?6, email = ?7, contact = ?8, notes = ?9 WHERE code = ?1");
    bind_fields(q, i);
    q.exec();
}

Institution add_in(WriteTransaction& tx, const std::string& code, const InstitutionFields& fields) {
    if (auto existing = find(db_of(tx), code)) {
        throw DataError(trf("institution {} already exists ({})", code, existing->name),
                        trf("change it with `pymes institution edit {}`", code));
    }
    if (!fields.name || text::trim(*fields.name).empty()) {
        throw DataError(trf("institution {} needs a name", code), tr("give it with --name"));
    }
    Institution i;
    i.code = code;
    apply_fields(i, fields);
    SQLite::Statement q(
        db_of(tx),
        "INSERT INTO institution (code, name, country, scope, kind, website, email, "
        "contact, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bind_fields(q, i);
    q.exec();
    tx.record("add", "institution", code, all_fields(i, true));
    return i;
}

}  // namespace

std::vector<InstitutionStatus> list_institutions(Registry& registry,
                                                 const InstitutionFilter& filter) {
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
    SQLite::Statement q(db,
                        std::string(kSelectInstitution) +
                            " WHERE (?1 IS NULL OR country = ?1) AND (?2 IS NULL OR scope = ?2)");
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
        Institution inst = read_institution(q);
        const auto& ev = events[inst.code];
        Membership m = membership_as_of(ev, as_of);
        if (filter.status && m.status != *filter.status) continue;
        Order order{2, "", 0, inst.code};
        auto first_join = std::find_if(
            ev.begin(), ev.end(), [](auto& e) { return e.kind != MembershipKind::withdrawal; });
        if (first_join != ev.end()) {
            const bool founding = first_join->kind == MembershipKind::founding;
            order = {founding ? 0 : 1, founding ? "" : first_join->date, first_join->id, inst.code};
        }
        rows.push_back({order, InstitutionStatus{std::move(inst), std::move(m)}});
    }
    std::sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.first < b.first; });
    std::vector<InstitutionStatus> out;
    out.reserve(rows.size());
    for (auto& r : rows) out.push_back(std::move(r.second));
    return out;
}

std::optional<Institution> find_institution(Registry& registry, std::string_view code) {
    return find(db_of(registry), text::upper(text::trim(code)));
}

InstitutionDetail show_institution(Registry& registry, std::string_view code_arg) {
    auto& db = db_of(registry);
    const std::string code = text::upper(text::trim(code_arg));
    auto inst = find(db, code);
    if (!inst) throw NotFound(no_such(code), tr("`pymes institution list` shows every code"));
    InstitutionDetail d;
    d.events = events_of(db, code);
    d.current = {*inst, membership_as_of(d.events, registry.clock().today().iso())};
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
                                  const InstitutionFields& fields) {
    const std::string code = code_or_throw(code_arg);
    WriteTransaction tx(registry);
    Institution i = add_in(tx, code, fields);
    tx.commit();
    return {i, Membership{}};
}

InstitutionStatus edit_institution(Registry& registry, std::string_view code_arg,
                                   const InstitutionFields& fields) {
    const std::string code = text::upper(text::trim(code_arg));
    WriteTransaction tx(registry);
    auto before = find(db_of(tx), code);
    if (!before) throw NotFound(no_such(code), tr("`pymes institution list` shows every code"));
    Institution after = *before;
    apply_fields(after, fields);
    Changes changes = diff(*before, after);
    if (!changes.empty()) {
        store(tx, after);
        tx.record("edit", "institution", code, changes);
        tx.commit();
    }
    return {after, membership_as_of(events_of(db_of(tx), code), registry.clock().today().iso())};
}

void remove_institution(Registry& registry, std::string_view code_arg) {
    const std::string code = text::upper(text::trim(code_arg));
    WriteTransaction tx(registry);
    auto inst = find(db_of(tx), code);
    if (!inst) throw NotFound(no_such(code));
    std::vector<std::string> refs;
    std::int64_t total = 0;
    auto count = [&](const char* sql) {
        SQLite::Statement q(db_of(tx), sql);
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
    if (!refs.empty()) {
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
    SQLite::Statement q(db_of(tx), "DELETE FROM institution WHERE code = ?");
    q.bind(1, code);
    q.exec();
    tx.record("remove", "institution", code, all_fields(*inst, false));
    tx.commit();
}

InstitutionStatus accede(Registry& registry, const AccessionRequest& request) {
    WriteTransaction tx(registry);
    std::string code;
    if (request.create) {
        code = code_or_throw(request.code);
        add_in(tx, code, *request.create);
    } else {
        code = text::upper(text::trim(request.code));
        if (!find(db_of(tx), code)) {
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
    auto inst = find(db_of(tx), code);
    return {*inst, membership_as_of(events_of(db_of(tx), code), registry.clock().today().iso())};
}

InstitutionStatus withdraw(Registry& registry, std::string_view code_arg, Date date,
                           const Value& reference) {
    const std::string code = text::upper(text::trim(code_arg));
    WriteTransaction tx(registry);
    auto inst = find(db_of(tx), code);
    if (!inst) throw NotFound(no_such(code), tr("`pymes institution list` shows every code"));
    append_membership_event(tx, code,
                            {0, MembershipKind::withdrawal, date.iso(), std::nullopt, reference});
    tx.commit();
    return {*inst, membership_as_of(events_of(db_of(tx), code), registry.clock().today().iso())};
}

RowOutcome import_institution_row(WriteTransaction& tx,
                                  const std::vector<std::pair<std::string, std::string>>& row,
                                  bool* membership_not_applied) {
    auto get = [&](std::string_view column) -> std::optional<std::string> {
        for (const auto& [c, v] : row)
            if (c == column) return v;
        return std::nullopt;
    };
    auto code_raw = get("code");
    auto code = code_raw ? normalize_code(*code_raw) : std::nullopt;
    if (!code)
        throw FieldError("code", trf("'{}' is not an institution code", code_raw.value_or("")));
    InstitutionFields fields;
    fields.name = get("name");
    fields.country = get("country");
    fields.scope = get("scope");
    fields.kind = get("kind");
    fields.website = get("website");
    fields.email = get("email");
    fields.contact = get("contact");
    fields.notes = get("notes");

    RowOutcome outcome = RowOutcome::unchanged;
    auto before = find(db_of(tx), *code);
    if (!before) {
        add_in(tx, *code, fields);
        outcome = RowOutcome::added;
    } else {
        Institution after = *before;
        apply_fields(after, fields);
        Changes changes = diff(*before, after);
        if (!changes.empty()) {
            store(tx, after);
            tx.record("import", "institution", *code, changes);
            outcome = RowOutcome::updated;
        }
    }

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
    if (via_kind == MembershipKind::founding) {
        const auto& f = founding_signatories();
        if (std::none_of(f.begin(), f.end(), [&](const Signatory& s) { return s.code == *code; }))
            throw FieldError("joined_via",
                             trf("{} is not one of the 11 founding signatories", *code));
    }
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
