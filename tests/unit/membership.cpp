// The depositary's desk (lib/src/entities/membership_desk.cpp): corrections and annulments keep
// the log's rules, keep event ids, and leave a trail in the history.
#include "pymes/entities/membership.hpp"

#include <SQLiteCpp/Database.h>

#include <catch2/catch.hpp>

#include "pymes/core/errors.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/store/history.hpp"
#include "pymes/store/schema_migrations.hpp"
#include "store/db.hpp"
#include "support.hpp"

using namespace pymes;
using test::d;
using test::refusal;
using test::status_on;

namespace {

std::vector<std::int64_t> ids_of(Registry& r, const char* code) {
    MembershipFilter f;
    f.institution = code;
    std::vector<std::int64_t> ids;
    for (const auto& e : standing_membership_events(r, f)) ids.push_back(e.event.id);
    return ids;
}

/// TIPS (founding, event 8) withdraws (12) and returns (13).
/// Today is 2026-11-25 for these registries.
Registry tips_registry(const test::TempDir& dir) {
    const std::string path = dir.file("registry.db");
    Registry::create(path, false, "tester");
    Registry r = Registry::open(
        {path, 1000, MigratePolicy::automatic, "tester", Clock::fixed(d("2026-11-25"))});
    withdraw(r, "TIPS", d("2009-06-30"), "Nota 12/2009");
    accede(r, {"TIPS", d("2012-03-01"), "Montevideo", {}, {}});
    return r;
}

MembershipCorrection correction(std::int64_t id, const char* date) {
    MembershipCorrection c;
    c.id = id;
    c.date = d(date);
    c.reason = "typo";
    return c;
}
}  // namespace

TEST_CASE("membership: the log in order of institution, date and id, cut by --as-of") {
    test::TempDir dir;
    Registry r = tips_registry(dir);
    auto all = standing_membership_events(r, {});
    REQUIRE(all.size() == 13);
    CHECK(all.front().institution == "ALADI");
    CHECK(ids_of(r, "TIPS") == std::vector<std::int64_t>{8, 12, 13});
    MembershipFilter f;
    f.institution = "tips";
    f.as_of = d("2010-01-01");
    CHECK(standing_membership_events(r, f).size() == 2);
    f.institution = "TIPZ";
    CHECK(refusal([&] { standing_membership_events(r, f); }, Exit::not_found) ==
          "there is no institution TIPZ");
}

TEST_CASE(
    "membership: a correction keeps the id, changes the status on the dates between, and is "
    "history") {
    test::TempDir dir;
    Registry r = tips_registry(dir);
    auto c = correction(12, "2010-06-30");
    c.reference = "";  // clears it
    auto after = correct_membership_event(r, c);
    CHECK(after.event.id == 12);
    CHECK(after.event.date == "2010-06-30");
    CHECK(!after.event.reference);
    CHECK(status_on(r, "TIPS", "2009-12-31") == MembershipStatus::party);
    CHECK(status_on(r, "TIPS", "2010-06-30") == MembershipStatus::withdrawn);

    HistoryFilter h;
    h.key = "TIPS";
    auto log = list_history(r, h);
    REQUIRE(!log.empty());
    CHECK(log[0].action == "correct");
    CHECK(log[0].entity == "institution");
    CHECK(
        changes_to_json(log[0].changes) ==
        R"({"event":["12","12"],"date":["2009-06-30","2010-06-30"],"reference":["Nota 12/2009",null],"reason":[null,"typo"]})");
}

TEST_CASE("membership: a correction that breaks the log's rules is refused, naming the fact") {
    test::TempDir dir;
    Registry r = tips_registry(dir);
    CHECK(refusal([&] { correct_membership_event(r, correction(12, "2013-01-01")); }) ==
          "cannot correct event 12 (withdrawal of TIPS on 2009-06-30): TIPS would accede on "
          "2012-03-01 while a party "
          "since 1996-12-10 (founding signatory)");
    CHECK(refusal([&] { correct_membership_event(r, correction(8, "1997-01-01")); }) ==
          "cannot correct event 8 (founding of TIPS on 1996-12-10): a founding signature is dated "
          "1996-12-10, the day "
          "the agreement was signed");
    const std::string tomorrow = r.clock().today().plus_days(1).iso();  // the registry's clock
    CHECK(refusal([&] { correct_membership_event(r, correction(13, tomorrow.c_str())); }) ==
          "cannot correct event 13 (accession of TIPS on 2012-03-01): " + tomorrow +
              " is in the future");
    CHECK(refusal([&] { correct_membership_event(r, correction(13, "1996-12-09")); }) ==
          "cannot correct event 13 (accession of TIPS on 2012-03-01): 1996-12-09 is before the "
          "agreement was signed "
          "on 1996-12-10");
    CHECK(refusal([&] { correct_membership_event(r, correction(13, "2012-03-01")); },
                  Exit::usage) == "membership event 13 already says that; nothing to correct");
    CHECK(refusal([&] { correct_membership_event(r, correction(99, "2012-03-01")); },
                  Exit::not_found) == "there is no membership event 99");
    auto no_reason = correction(13, "2012-03-02");
    no_reason.reason = "  ";
    CHECK(refusal([&] { correct_membership_event(r, no_reason); }, Exit::usage) ==
          "a reason is required");
    CHECK(refusal([&] { annul_membership_event(r, 13, "dos\nlíneas"); }, Exit::usage) ==
          "--reason: holds a line break; it must fit on one line");
    auto bad_place = correction(13, "2012-03-02");
    bad_place.place = "Lima\x1b[31m";
    CHECK(refusal([&] { correct_membership_event(r, bad_place); }, Exit::usage) ==
          "--place: holds a control character (U+001B)");
    CHECK(ids_of(r, "TIPS") == std::vector<std::int64_t>{8, 12, 13});
}

TEST_CASE(
    "membership: an annulled event counts for nothing, stays in the file, and cannot be touched "
    "again") {
    test::TempDir dir;
    Registry r = tips_registry(dir);
    CHECK(refusal([&] { annul_membership_event(r, 12, "x"); }) ==
          "cannot annul event 12 (withdrawal of TIPS on 2009-06-30): TIPS would accede on "
          "2012-03-01 while a party "
          "since 1996-12-10 (founding signatory)");
    annul_membership_event(r, 13, "la adhesión se registró por error");
    CHECK(status_on(r, "TIPS", "2020-01-01") == MembershipStatus::withdrawn);
    annul_membership_event(r, 12, "la nota fue retirada");
    CHECK(status_on(r, "TIPS", "2020-01-01") == MembershipStatus::party);
    CHECK(ids_of(r, "TIPS") == std::vector<std::int64_t>{8});
    CHECK(pymes::db_of(r)
              .execAndGet("SELECT count(*) FROM membership_event WHERE institution = 'TIPS'")
              .getInt() == 3);
    CHECK(refusal([&] { annul_membership_event(r, 12, "again"); }) ==
          "membership event 12 was annulled on 2026-11-25");
    CHECK(refusal([&] { correct_membership_event(r, correction(12, "2010-01-01")); }) ==
          "membership event 12 was annulled on 2026-11-25");
    // The log's rules hold for what stands: TIPS, a party again, can withdraw once more.
    withdraw(r, "TIPS", d("2015-01-01"), {});
    CHECK(status_on(r, "TIPS", "2015-01-01") == MembershipStatus::withdrawn);
}

TEST_CASE(
    "membership: a registry made at schema 2 migrates with its log and history, and can then be "
    "corrected") {
    test::TempDir dir;
    const std::string path = dir.file("r.db");
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        for (const auto& m : schema::kMigrations)
            if (m.version <= 2) db.exec(std::string(m.sql));
        db.exec("PRAGMA user_version = 2");
        db.exec("INSERT INTO institution (code, name) VALUES ('SELA', 'Sela')");
        db.exec(
            "INSERT INTO membership_event (id, institution, kind, date) VALUES (4, 'SELA', "
            "'accession', '2001-01-01')");
        db.exec(
            "INSERT INTO history (id, at, actor, action, entity, key, changes) VALUES"
            " (9, '2001-01-01T00:00:00Z', 'a', 'accede', 'institution', 'SELA', '{}')");
    }
    Registry r =
        Registry::open({path, 100, MigratePolicy::automatic, "t", Clock::fixed(d("2026-11-25"))});
    CHECK(r.schema_version() == program_schema_version());
    CHECK(pymes::db_of(r)
              .execAndGet("SELECT id || action FROM history WHERE key = 'SELA'")
              .getString() == "9accede");
    CHECK(ids_of(r, "SELA") == std::vector<std::int64_t>{4});
    correct_membership_event(r, correction(4, "2001-01-02"));
    HistoryFilter h;
    h.key = "sela";
    CHECK(list_history(r, h).size() == 2);
}
