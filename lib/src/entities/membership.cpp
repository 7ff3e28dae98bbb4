#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "entities/institution_write.hpp"
#include "entities/membership_log.hpp"
#include "entities/record_sql.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/format_names.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"
#include "store/write_transaction.hpp"

// The membership log of SPEC §2: the events from which every status is derived, and the one
// way to append to it (accede, withdraw and the importer call it).

namespace pymes {

std::string_view to_string(MembershipStatus s) {
    const auto i = static_cast<std::size_t>(s);
    return i < kMembershipStatusNames.size() ? kMembershipStatusNames[i] : std::string_view();
}

std::optional<MembershipStatus> parse_membership_status(std::string_view s) {
    return format_named<MembershipStatus>(kMembershipStatusNames, s);
}

std::vector<MembershipEvent> events_of(SQLite::Database& db, const std::string& code) {
    SQLite::Statement q(db,
                        "SELECT id, kind, date, place, reference FROM membership_event "
                        "WHERE institution = ? AND annulled_on IS NULL ORDER BY date, id");
    q.bind(1, code);
    std::vector<MembershipEvent> out;
    while (q.executeStep()) {
        out.push_back({q.getColumn(0).getInt64(),
                       stored_membership_kind(q.getColumn(1).getString()),
                       q.getColumn(2).getString(), column_value(q.getColumn(3)),
                       column_value(q.getColumn(4))});
    }
    return out;
}

Membership membership_as_of(const std::vector<MembershipEvent>& events, const std::string& as_of) {
    Membership m;
    for (const auto& e : events) {
        if (e.date > as_of) break;
        if (e.kind == MembershipKind::withdrawal) {
            m.status = MembershipStatus::withdrawn;
            m.withdrawn_on = e.date;
        } else {
            m.status = MembershipStatus::party;
            m.joined = e;
            m.withdrawn_on.reset();
        }
    }
    return m;
}

std::string describe_join(const MembershipEvent& e) {
    if (e.kind == MembershipKind::founding) return trf("{} (founding signatory)", e.date);
    return e.place ? trf("{} (accession, {})", e.date, *e.place) : trf("{} (accession)", e.date);
}

void append_membership_event(WriteTransaction& tx, const std::string& code,
                             const MembershipEvent& event) {
    // SPEC §2's text rules, for every path that records an event (accede, withdraw, imports).
    for (const auto& [field, value] :
         {std::pair{"place", &event.place}, std::pair{"reference", &event.reference}})
        if (*value)
            if (auto problem = text::text_problem(**value, text::Lines::one); !problem.empty())
                throw FieldError(field, problem);
    const auto events = events_of(db_of(tx), code);
    if (event.date < kAgreementDate) {
        throw DataError(trf("{}: {} is before the agreement was signed on {}", code, event.date,
                            kAgreementDate));
    }
    if (event.date > tx.registry().clock().today().iso()) {
        throw DataError(trf("{}: {} is in the future", code, event.date),
                        tr("record an accession or a withdrawal once it has taken effect"));
    }
    const Membership now = membership_as_of(events, "9999-12-31");
    const std::optional<MembershipEvent> last =
        events.empty() ? std::nullopt : std::optional(events.back());
    Changes changes;
    const char* action = "accede";
    if (event.kind == MembershipKind::withdrawal) {
        action = "withdraw";
        if (now.status == MembershipStatus::non_party) {
            throw DataError(
                trf("{} is not a party, so it cannot withdraw", code),
                trf("record its accession first with `pymes accede {} --date ...`", code));
        }
        if (now.status == MembershipStatus::withdrawn) {
            throw DataError(trf("{} already withdrew on {}", code, *now.withdrawn_on));
        }
        if (event.date < now.joined->date) {
            throw DataError(trf("{} is a party since {}; a withdrawal cannot be dated before that",
                                code, describe_join(*now.joined)));
        }
        diff_field(changes, "status", "party", "withdrawn");
        diff_field(changes, "withdrawn_on", std::nullopt, event.date);
        diff_field(changes, "withdrawal_reference", std::nullopt, event.reference);
    } else {
        if (now.status == MembershipStatus::party) {
            throw DataError(
                trf("{} is a party since {}", code, describe_join(*now.joined)),
                now.joined->kind == MembershipKind::founding
                    ? ""
                    : tr("an institution accedes once; it may accede again after a withdrawal"));
        }
        if (event.kind == MembershipKind::founding && !events.empty()) {
            throw DataError(
                trf("{} has a membership record already; only the first event can be the "
                    "founding signature",
                    code));
        }
        if (last && event.date < last->date) {
            throw DataError(trf("{} withdrew on {}; a new accession cannot be dated before that",
                                code, last->date));
        }
        diff_field(changes, "status", std::string(to_string(now.status)), "party");
        diff_field(changes, "joined_on", now.joined ? Value(now.joined->date) : Value(),
                   event.date);
        diff_field(changes, "joined_via",
                   now.joined ? Value(std::string(kind_name(now.joined->kind))) : Value(),
                   std::string(kind_name(event.kind)));
        diff_field(changes, "joined_place", now.joined ? now.joined->place : Value(), event.place);
        diff_field(changes, "joined_reference", now.joined ? now.joined->reference : Value(),
                   event.reference);
        if (now.withdrawn_on) diff_field(changes, "withdrawn_on", now.withdrawn_on, std::nullopt);
    }
    SQLite::Statement q(
        db_of(tx),
        "INSERT INTO membership_event (institution, kind, date, place, reference, recorded_on) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, code);
    q.bind(2, std::string(kind_name(event.kind)));
    q.bind(3, event.date);
    if (event.place)
        q.bind(4, *event.place);
    else
        q.bind(4);
    if (event.reference)
        q.bind(5, *event.reference);
    else
        q.bind(5);
    q.bind(6, tx.registry().clock().today().iso());
    q.exec();
    tx.record(action, "institution", code, changes);
}

}  // namespace pymes
