#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>

#include "entities/membership_log.hpp"
#include "entities/record_sql.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/labels.hpp"
#include "pymes/core/text.hpp"
#include "pymes/entities/as_of.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/entities/membership.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"
#include "store/write_transaction.hpp"

// The depositary's desk: corrections and annulments. Both rewrite the institution's log in
// memory, check the whole result against the rules accede and withdraw enforce one step at a
// time, and only then write the row and its history, in one transaction.

namespace pymes {

std::optional<std::string> membership_log_contradiction(
    const std::string& code, const std::vector<MembershipEvent>& events) {
    std::optional<MembershipEvent> joined;
    Value withdrawn_on;
    for (std::size_t k = 0; k < events.size(); ++k) {
        const auto& e = events[k];
        if (e.kind == MembershipKind::founding && k != 0)
            return trf(
                "the founding signature of {} would no longer be its first event ({} on {} comes "
                "before)",
                code, kind_name(events[0].kind), events[0].date);
        if (e.kind == MembershipKind::withdrawal) {
            if (withdrawn_on)
                return trf("{} would withdraw on {} having already withdrawn on {}", code, e.date,
                           *withdrawn_on);
            if (!joined)
                return trf("{} would withdraw on {} before ever being a party", code, e.date);
            withdrawn_on = e.date;
        } else {
            if (joined && !withdrawn_on)
                return trf("{} would accede on {} while a party since {}", code, e.date,
                           describe_join(*joined));
            joined = e;
            withdrawn_on.reset();
        }
    }
    return std::nullopt;
}

namespace {

struct Stored {
    std::string institution;
    MembershipEvent event;
    Value annulled_on;
};

Stored load(SQLite::Database& db, std::int64_t id) {
    SQLite::Statement q(
        db,
        "SELECT institution, kind, date, place, reference, annulled_on FROM membership_event "
        "WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        throw NotFound(trf("there is no membership event {}", id),
                       tr("`pymes membership list` shows every id"));
    Stored s{q.getColumn(0).getString(),
             {id, stored_membership_kind(q.getColumn(1).getString()), q.getColumn(2).getString(),
              column_value(q.getColumn(3)), column_value(q.getColumn(4))},
             column_value(q.getColumn(5))};
    if (s.annulled_on)
        throw DataError(trf("membership event {} was annulled on {}", id, *s.annulled_on),
                        trf("`pymes log --key {}` shows why", s.institution));
    return s;
}

std::string describe(const Stored& s) {
    const std::string kind(kind_name(s.event.kind));
    const std::string label = value_label("kind", kind);
    return trf("{} of {} on {}", label.empty() ? kind : label, s.institution, s.event.date);
}

/// SPEC §2's rule for one-line text (text::text_problem, the one check of every entry point).
void one_line_or_throw(std::string_view field, std::string_view value) {
    if (auto problem = text::text_problem(value, text::Lines::one); !problem.empty())
        throw UsageError(fmt::format("--{}: {}", field, problem));
}

std::string reason_or_throw(std::string_view reason) {
    one_line_or_throw("reason", reason);
    auto r = text::trim(reason);
    if (r.empty())
        throw UsageError(tr("a reason is required"),
                         tr("say why with --reason, in words the parties will read"));
    return std::string(r);
}

/// Refuses `what` (e.g. "cannot annul event 3 (...)") when the log `events` would break a rule.
void check_result(const Stored& s, std::vector<MembershipEvent> events, const std::string& what) {
    std::sort(events.begin(), events.end(),
              [](auto& a, auto& b) { return std::tie(a.date, a.id) < std::tie(b.date, b.id); });
    if (auto fact = membership_log_contradiction(s.institution, events))
        throw DataError(
            fmt::format("{}: {}", what, *fact),
            trf("`pymes membership list {}` shows its events; correct or annul the other one first",
                s.institution));
}

void record(WriteTransaction& tx, const char* action, const Stored& s, Changes changes,
            const std::string& reason) {
    const std::string id = std::to_string(s.event.id);
    changes.insert(changes.begin(), FieldChange{"event", id, id});
    changes.push_back({"reason", std::nullopt, reason});
    tx.record(action, "institution", s.institution, changes);
}

void bind_optional(SQLite::Statement& q, int n, const Value& v) {
    if (v)
        q.bind(n, *v);
    else
        q.bind(n);
}

}  // namespace

std::vector<MembershipEntry> standing_membership_events(Registry& registry,
                                                        const MembershipFilter& filter) {
    // As the registry knew the log at the end of that day: events recorded later absent,
    // corrections and annulments made later not yet applied (SPEC §2).
    std::optional<AsOf> view;
    if (filter.as_of) view.emplace(registry, *filter.as_of);
    auto& db = db_of(registry);
    std::optional<std::string> code;
    if (filter.institution) {
        code = text::upper(text::trim(*filter.institution));
        SQLite::Statement known(db, "SELECT code FROM institution ORDER BY code");
        std::vector<std::string> codes;
        while (known.executeStep()) codes.push_back(known.getColumn(0).getString());
        if (std::find(codes.begin(), codes.end(), *code) == codes.end()) {
            const UnknownCode unknown = unknown_institution(registry, *code);
            throw NotFound(unknown.message, unknown.hint);
        }
    }
    SQLite::Statement q(
        db,
        "SELECT institution, id, kind, date, place, reference FROM membership_event "
        "WHERE annulled_on IS NULL AND (?1 IS NULL OR institution = ?1) AND (?2 IS NULL OR date <= "
        "?2) AND (?3 IS NULL OR date >= ?3) AND (?4 IS NULL OR recorded_on >= ?4) "
        "AND (?5 IS NULL OR recorded_on <= ?5) AND (?6 IS NULL OR instr(?6, ',' || kind || ','))"
        "ORDER BY institution, date, id");
    auto day = [](const std::optional<Date>& d) { return d ? Value(d->iso()) : Value(); };
    bind_optional(q, 1, code);
    std::optional<Date> until = filter.as_of;
    if (filter.to && (!until || *filter.to < *until)) until = filter.to;
    bind_optional(q, 2, day(until));
    bind_optional(q, 3, day(filter.from));
    bind_optional(q, 4, day(filter.recorded_from));
    bind_optional(q, 5, day(filter.recorded_to));
    std::string kinds;  // ",accession,withdrawal,"
    for (MembershipKind k : filter.kinds) kinds += "," + std::string(kind_name(k));
    bind_optional(q, 6, kinds.empty() ? Value() : Value(kinds + ","));
    std::vector<MembershipEntry> out;
    while (q.executeStep()) {
        out.push_back(
            {q.getColumn(0).getString(),
             {q.getColumn(1).getInt64(), stored_membership_kind(q.getColumn(2).getString()),
              q.getColumn(3).getString(), column_value(q.getColumn(4)),
              column_value(q.getColumn(5))}});
    }
    return out;
}

MembershipEntry correct_membership_event(Registry& registry, const MembershipCorrection& c) {
    const std::string reason = reason_or_throw(c.reason);
    WriteTransaction tx(registry);
    const Stored s = load(db_of(tx), c.id);
    MembershipEvent after = s.event;
    auto optional_text = [](const std::string& v) -> Value {
        auto t = text::trim(v);
        return t.empty() ? Value() : Value(std::string(t));
    };
    if (c.place) one_line_or_throw("place", *c.place);
    if (c.reference) one_line_or_throw("reference", *c.reference);
    if (c.date) after.date = c.date->iso();
    if (c.place) after.place = optional_text(*c.place);
    if (c.reference) after.reference = optional_text(*c.reference);
    Changes changes;
    diff_field(changes, "date", s.event.date, after.date);
    diff_field(changes, "place", s.event.place, after.place);
    diff_field(changes, "reference", s.event.reference, after.reference);
    if (changes.empty())
        throw UsageError(trf("membership event {} already says that; nothing to correct", c.id));

    const std::string what = trf("cannot correct event {} ({})", c.id, describe(s));
    if (after.kind == MembershipKind::founding && after.date != kAgreementDate)
        throw DataError(
            trf("{}: a founding signature is dated {}, the day the agreement was signed", what,
                kAgreementDate),
            trf("if {} signed later, annul this event and record its accession with `pymes accede`",
                s.institution));
    if (after.date < kAgreementDate)
        throw DataError(trf("{}: {} is before the agreement was signed on {}", what, after.date,
                            kAgreementDate));
    if (after.date > tx.registry().clock().today().iso())
        throw DataError(trf("{}: {} is in the future", what, after.date),
                        tr("an accession or a withdrawal is recorded once it has taken effect"));
    auto events = events_of(db_of(tx), s.institution);
    for (auto& e : events)
        if (e.id == after.id) e = after;
    check_result(s, events, what);

    SQLite::Statement q(
        db_of(tx),
        "UPDATE membership_event SET date = ?2, place = ?3, reference = ?4 WHERE id = ?1");
    q.bind(1, c.id);
    q.bind(2, after.date);
    bind_optional(q, 3, after.place);
    bind_optional(q, 4, after.reference);
    q.exec();
    record(tx, "correct", s, changes, reason);
    tx.commit();
    return {s.institution, after};
}

MembershipEntry annul_membership_event(Registry& registry, std::int64_t id,
                                       std::string_view reason_arg) {
    const std::string reason = reason_or_throw(reason_arg);
    WriteTransaction tx(registry);
    const Stored s = load(db_of(tx), id);
    // A founding signatory signed the agreement: that stands (SPEC §2). A founding signature of
    // any other institution (recorded before migration 0010) is what annulment is for.
    if (s.event.kind == MembershipKind::founding)
        if (const Value founder = founder_of(tx.registry(), s.institution))
            throw DataError(
                trf("cannot annul event {} ({}): {} is the founding signatory {}, and its "
                    "signature of the agreement stands",
                    id, describe(s), s.institution, *founder),
                trf("to record that it left the agreement: pymes institution withdraw {} --date "
                    "DATE",
                    s.institution));
    auto events = events_of(db_of(tx), s.institution);
    std::erase_if(events, [&](auto& e) { return e.id == id; });
    check_result(s, events, trf("cannot annul event {} ({})", id, describe(s)));

    const std::string today = tx.registry().clock().today().iso();
    SQLite::Statement q(db_of(tx), "UPDATE membership_event SET annulled_on = ?2 WHERE id = ?1");
    q.bind(1, id);
    q.bind(2, today);
    q.exec();
    Changes changes;
    diff_field(changes, "kind", std::string(kind_name(s.event.kind)), std::nullopt);
    diff_field(changes, "date", s.event.date, std::nullopt);
    diff_field(changes, "place", s.event.place, std::nullopt);
    diff_field(changes, "reference", s.event.reference, std::nullopt);
    diff_field(changes, "annulled_on", std::nullopt, today);
    record(tx, "annul", s, changes, reason);
    tx.commit();
    return {s.institution, s.event};
}

Table membership_event_table(const std::vector<MembershipEntry>& entries) {
    Table t{{"id", "institution", "kind", "date", "place", "reference"}, {}};
    t.rows.reserve(entries.size());
    for (const auto& m : entries)
        t.rows.push_back({Cell::of_int(m.event.id), Cell::of(m.institution),
                          Cell::of(std::string(kind_name(m.event.kind))), Cell::of(m.event.date),
                          Cell::of_optional(m.event.place), Cell::of_optional(m.event.reference)});
    return t;
}

}  // namespace pymes
