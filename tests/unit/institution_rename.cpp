// institution rename (lib/src/entities/institution_rename.cpp) and the history's keys that
// follow it (lib/src/store/history.cpp).
#include <catch2/catch.hpp>

#include "pymes/core/errors.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/store/history.hpp"
#include "store/db.hpp"
#include "support.hpp"

using namespace pymes;

namespace {
std::vector<std::string> actions_for(Registry& r, const char* key) {
    HistoryFilter f;
    f.key = key;
    std::vector<std::string> out;
    for (const auto& e : list_history(r, f)) out.push_back(e.action + " " + e.key);
    return out;
}
}  // namespace

TEST_CASE(
    "institution rename: references follow, and each code finds the whole history, across "
    "renames") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    pymes::db_of(r).exec(
        "INSERT INTO activity (id, institution, area, title, recorded_on) VALUES (7, 'TIPS', "
        "'training', 't', '2026-01-01');"
        "INSERT INTO meeting (id, date, host) VALUES (1, '2026-01-01', 'TIPS');"
        "INSERT INTO meeting_attendee VALUES (1, 'TIPS');"
        "INSERT INTO project (id, title, area, lead) VALUES (1, 'p', 'training', 'TIPS');"
        "INSERT INTO project_partner VALUES (1, 'TIPS');");
    auto renamed = rename_institution(r, "tips", "tips-2");
    CHECK(renamed.code() == "TIPS-2");
    CHECK(renamed.membership.status == MembershipStatus::party);
    rename_institution(r, "TIPS-2", "TIPS-3");
    const char* counts =
        "SELECT (SELECT count(*) FROM membership_event WHERE institution = 'TIPS-3') || ' ' ||"
        " (SELECT count(*) FROM activity WHERE institution = 'TIPS-3') || ' ' ||"
        " (SELECT count(*) FROM meeting WHERE host = 'TIPS-3') || ' ' ||"
        " (SELECT count(*) FROM meeting_attendee WHERE institution = 'TIPS-3') || ' ' ||"
        " (SELECT count(*) FROM project WHERE lead = 'TIPS-3') || ' ' ||"
        " (SELECT count(*) FROM project_partner WHERE institution = 'TIPS-3')";
    CHECK(pymes::db_of(r).execAndGet(counts).getString() == "1 1 1 1 1 1");
    const std::vector<std::string> all = {"rename TIPS-3", "rename TIPS-2", "accede TIPS",
                                          "add TIPS"};
    CHECK(actions_for(r, "TIPS") == all);
    CHECK(actions_for(r, "tips-2") == all);
    CHECK(actions_for(r, "TIPS-3") == all);
    // Another institution's history stays apart, and an activity's key is not a code.
    CHECK(actions_for(r, "SELA") == std::vector<std::string>{"accede SELA", "add SELA"});
}

TEST_CASE("institution rename: refusals") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    auto refusal = [&](const char* from, const char* to, Exit code) {
        try {
            rename_institution(r, from, to);
        } catch (const Error& e) {
            CHECK(e.code() == code);
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    CHECK(refusal("TIPS", "SELA", Exit::data) == "institution SELA already exists (Sela)");
    CHECK(refusal("TIPS", "T", Exit::data) == "'T' is not an institution code");
    CHECK(refusal("TIPS", "tips", Exit::usage) ==
          "TIPS is already the code of Tips; nothing to rename");
    CHECK(refusal("NOPE", "NEW", Exit::not_found) == "there is no institution NOPE");
    CHECK(pymes::db_of(r)
              .execAndGet("SELECT count(*) FROM history WHERE action = 'rename'")
              .getInt() == 0);
}

TEST_CASE("institution rename: an old code says where it went, wherever it is given") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    CHECK_FALSE(renamed_code(r, "TIPS"));
    rename_institution(r, "TIPS", "TIPS-UY");
    rename_institution(r, "tips-uy", "TIPS-2");
    const std::string day =
        pymes::db_of(r).execAndGet("SELECT substr(max(at), 1, 10) FROM history").getString();
    // Followed through every later rename, to the code it has now.
    auto renamed = renamed_code(r, "tips");
    REQUIRE(renamed);
    CHECK(renamed->code == "TIPS-2");
    CHECK(renamed->on == day);
    CHECK(renamed_code(r, "TIPS-UY")->code == "TIPS-2");
    CHECK_FALSE(renamed_code(r, "TIPS-2"));
    CHECK_FALSE(renamed_code(r, "NOPE"));
    const std::string now = "TIPS is now TIPS-2 since " + day;
    const UnknownCode unknown = unknown_institution(r, "Tips");
    CHECK(unknown.message == now);
    CHECK(unknown.hint == "use TIPS-2; `pymes log --key TIPS` shows the rename");
    // show, filters, a record's reference (the command line and import rows alike).
    try {
        show_institution(r, "TIPS");
        FAIL("shown");
    } catch (const NotFound& e) {
        CHECK(std::string(e.what()) == now);
    }
    try {
        require_institutions(r, {"TIPS"}, "--lead");
        FAIL("accepted");
    } catch (const DataError& e) {
        CHECK(std::string(e.what()) == "--lead: " + now);
    }
    try {
        add_record(r, activity_spec(),
                   {{"institution", "TIPS"}, {"area", "training"}, {"title", "t"}});
        FAIL("added");
    } catch (const FieldError& e) {
        CHECK(e.with_hint() == now + " (use TIPS-2; `pymes log --key TIPS` shows the rename)");
    }
    // A code never used: the closest one, as before.
    const UnknownCode typo = unknown_institution(r, "SELLA");
    CHECK(typo.message == "there is no institution SELLA");
    CHECK(typo.near == "SELA");
    // Once the renamed institution is gone, its old codes name nothing.
    pymes::db_of(r).exec("DELETE FROM membership_event WHERE institution = 'TIPS-2'");
    remove_institution(r, "TIPS-2");
    CHECK_FALSE(renamed_code(r, "TIPS"));
}
