#include "pymes/entities/institution.hpp"

#include <catch2/catch.hpp>

#include "entities/institution_write.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/store/history.hpp"
#include "store/db.hpp"
#include "support.hpp"

using namespace pymes;
using test::d;
using test::refusal;
using test::status_on;

namespace {
Patch named(const char* name) { return {{"name", name}}; }

std::vector<std::string> codes(const std::vector<InstitutionStatus>& list) {
    std::vector<std::string> out;
    for (const auto& s : list) out.push_back(s.code());
    return out;
}

}  // namespace

TEST_CASE("institution: codes, countries and scopes are normalized or refused") {
    CHECK(normalize_code("caf") == "CAF");
    CHECK(normalize_code("mipymes-mercosur") == "MIPYMES-MERCOSUR");
    CHECK_FALSE(normalize_code("-CAF"));
    CHECK_FALSE(normalize_code("C"));
    CHECK_FALSE(normalize_code("CAF CAF"));
    CHECK_FALSE(normalize_code("BOLÍVAR"));
    CHECK_FALSE(normalize_code(std::string(33, 'A')));
    CHECK(normalize_country("pe") == "PE");
    CHECK_FALSE(normalize_country("XX"));
    CHECK_FALSE(normalize_country("PER"));
    CHECK(normalize_scope("Extra Regional") == "extra-regional");
    CHECK(normalize_scope("extrarregional") == "extra-regional");
    CHECK_FALSE(normalize_scope("global"));
}

TEST_CASE("institution: the founders in the agreement's order, then accessions by date") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    add_institution(r, "ZZZ", named("Sin adhesión"));
    accede(r, {"CAF", d("2005-03-01"), "Lima", "Acta 1", named("Corporación Andina de Fomento")});
    accede(r, {"BID", d("2001-05-14"), std::nullopt, std::nullopt, named("Banco Interamericano")});
    auto list = codes(list_institutions(r, {}));
    CHECK(list == std::vector<std::string>{"ALIDE", "CLAMPI", "INTAL", "MIPYMES-MERCOSUR", "OLAMP",
                                           "BOLIVAR", "SELA", "TIPS", "UNESCO", "ALADI",
                                           "PARLATINO", "BID", "CAF", "ZZZ"});
}

TEST_CASE("institution: accession refusals name the fact") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    CHECK(refusal([&] {
              accede(r, {"INTAL", d("2001-01-01"), {}, {}, {}});
          }) == "INTAL is a party since 1996-12-10 (founding signatory)");
    CHECK(refusal([&] {
              accede(r, {"CAF", d("1996-12-09"), {}, {}, named("CAF")});
          }) == "CAF: 1996-12-09 is before the agreement was signed on 1996-12-10");
    CHECK(refusal([&] {
              accede(r, {"CAF", d("2999-01-01"), {}, {}, named("CAF")});
          }) == "CAF: 2999-01-01 is in the future");
    CHECK(refusal(
              [&] {
                  accede(r, {"CAF", d("2001-01-01"), {}, {}, {}});
              },
              Exit::not_found) == "there is no institution CAF");
    CHECK(refusal([&] {
              accede(r, {"SELA", d("2001-01-01"), {}, {}, named("Sela otra vez")});
          }) == "institution SELA already exists (Sela)");
    // A refused accession with --name creates nothing.
    CHECK(list_institutions(r, {}).size() == 11);
    accede(r, {"CAF", d("2001-01-01"), "Caracas", {}, named("CAF")});
    CHECK(refusal([&] {
              accede(r, {"CAF", d("2002-01-01"), {}, {}, {}});
          }) == "CAF is a party since 2001-01-01 (accession, Caracas)");
}

TEST_CASE("institution: withdrawal and re-accession, and the status on dates between them") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    CHECK(refusal([&] { withdraw(r, "TIPS", d("1996-12-01"), {}); }) ==
          "TIPS: 1996-12-01 is before the agreement was signed on 1996-12-10");
    withdraw(r, "TIPS", d("2009-06-30"), "Nota 12/2009");
    CHECK(refusal([&] { withdraw(r, "TIPS", d("2010-01-01"), {}); }) ==
          "TIPS already withdrew on 2009-06-30");
    CHECK(refusal([&] {
              accede(r, {"TIPS", d("2009-01-01"), {}, {}, {}});
          }) == "TIPS withdrew on 2009-06-30; a new accession cannot be dated before that");
    accede(r, {"TIPS", d("2012-03-01"), "Montevideo", {}, {}});

    CHECK(status_on(r, "TIPS", "1996-12-10") == MembershipStatus::party);
    CHECK(status_on(r, "TIPS", "2009-06-29") == MembershipStatus::party);
    CHECK(status_on(r, "TIPS", "2009-06-30") == MembershipStatus::withdrawn);
    CHECK(status_on(r, "TIPS", "2012-02-29") == MembershipStatus::withdrawn);
    CHECK(status_on(r, "TIPS", "2012-03-01") == MembershipStatus::party);

    InstitutionFilter f;
    f.as_of = d("2010-01-01");
    f.status = MembershipStatus::withdrawn;
    auto withdrawn = list_institutions(r, f);
    REQUIRE(withdrawn.size() == 1);
    CHECK(*withdrawn[0].membership.withdrawn_on == "2009-06-30");
    CHECK(withdrawn[0].membership.joined->date == "1996-12-10");

    add_institution(r, "CAF", named("CAF"));
    CHECK(refusal([&] { withdraw(r, "CAF", d("2001-01-01"), {}); }) ==
          "CAF is not a party, so it cannot withdraw");
    accede(r, {"CAF", d("2005-01-01"), {}, {}, {}});
    CHECK(refusal([&] { withdraw(r, "CAF", d("2004-12-31"), {}); }) ==
          "CAF is a party since 2005-01-01 (accession); a withdrawal cannot be dated before that");
    // Before its accession, CAF was not a party.
    CHECK(status_on(r, "CAF", "2004-12-31") == MembershipStatus::non_party);
}

TEST_CASE("institution: edit records each changed field, NULL-safe, a no-op records nothing") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    auto history = [&] {
        return list_history(r, {.since = {}, .entity = "institution", .key = "SELA", .limit = {}});
    };
    const auto before = history().size();
    const Patch f{{"country", "ve"}, {"notes", "Sede en Caracas"}};
    auto s = edit_institution(r, "sela", f);
    CHECK(*s.institution.get("country") == "VE");
    auto h = history();
    REQUIRE(h.size() == before + 1);
    CHECK(h[0].action == "edit");
    REQUIRE(h[0].changes.size() == 2);
    CHECK(h[0].changes[0].field == "country");
    CHECK_FALSE(h[0].changes[0].before);
    CHECK(*h[0].changes[0].after == "VE");

    edit_institution(r, "SELA", f);  // the same values again
    CHECK(history().size() == before + 1);

    const Patch clear{{"notes", ""}};
    edit_institution(r, "SELA", clear);
    h = history();
    REQUIRE(h.size() == before + 2);
    CHECK(*h[0].changes[0].before == "Sede en Caracas");
    CHECK_FALSE(h[0].changes[0].after);

    const Patch bad{{"email", "no es un correo"}};
    CHECK(refusal([&] { edit_institution(r, "SELA", bad); }) ==
          "email: 'no es un correo' is not an e-mail address");
    CHECK(refusal([&] { edit_institution(r, "NOPE", f); }, Exit::not_found) ==
          "there is no institution NOPE");
}

TEST_CASE("institution: remove only what nothing refers to") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    CHECK(refusal([&] { remove_institution(r, "ALIDE"); }) ==
          "cannot remove ALIDE: 1 membership event refers to it");
    pymes::db_of(r).exec(
        "INSERT INTO activity (institution, area, title, recorded_on) VALUES ('ALIDE', 'training', "
        "'t', '2026-01-01')");
    CHECK(refusal([&] { remove_institution(r, "ALIDE"); }) ==
          "cannot remove ALIDE: 1 membership event and 1 activity refer to it");
    add_institution(r, "TYPO", named("Un error"));
    remove_institution(r, "typo");
    CHECK(refusal([&] { show_institution(r, "TYPO"); }, Exit::not_found) ==
          "there is no institution TYPO");
    auto h = list_history(r, {.since = {}, .entity = "institution", .key = "TYPO", .limit = {}});
    REQUIRE(h.size() == 2);
    CHECK(h[0].action == "remove");
}

TEST_CASE("institution: show counts activities, projects, and meetings hosted and attended apart") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    pymes::db_of(r).exec(
        "INSERT INTO activity (institution, area, title, recorded_on) VALUES ('SELA', 'training', "
        "'t', '2026-01-01');"
        "INSERT INTO meeting (id, date) VALUES (1, '2026-01-01');"
        "INSERT INTO meeting_attendee VALUES (1, 'SELA');"
        "INSERT INTO meeting (id, date, host) VALUES (2, '2026-02-01', 'SELA');"
        "INSERT INTO meeting (id, date, host) VALUES (3, '2026-03-01', 'SELA');"
        "INSERT INTO project (id, title, area, lead) VALUES (1, 'p', 'training', 'ALIDE');"
        "INSERT INTO project_partner VALUES (1, 'SELA');"
        "INSERT INTO project (id, title, area, lead) VALUES (2, 'q', 'training', 'SELA');");
    auto detail = show_institution(r, "sela");
    CHECK(detail.activities == 1);
    CHECK(detail.projects == 2);
    CHECK(detail.meetings_hosted == 2);
    CHECK(detail.meetings_attended == 1);
    REQUIRE(detail.events.size() == 1);
    CHECK(detail.events[0].kind == MembershipKind::founding);
}

TEST_CASE("institution: one spec gives the columns, the checks and the history of its fields") {
    const EntitySpec& spec = institution_spec();
    const auto names = column_names(spec);
    const auto& columns = institution_columns();
    REQUIRE(columns.size() == names.size() + 7);  // then the membership's six, then the founder
    CHECK(std::equal(names.begin(), names.end(), columns.begin()));
    CHECK(columns[names.size()] == "status");
    CHECK(columns.back() == "founder");

    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    // The same words as every other field of that kind, typed or imported.
    CHECK(refusal([&] {
              add_institution(r, "CAF", {{"name", "CAF"}, {"country", "XX"}});
          }) == country_error("country", "XX").what());
    CHECK(refusal([&] {
              add_institution(r, "CAF", {{"name", "CAF"}, {"scope", "local"}});
          }) == "scope: 'local' is not a scope");
    CHECK(refusal([&] {
              edit_institution(r, "SELA", {{"name", " "}});
          }) == "name: is required and cannot be cleared");
    CHECK(refusal([&] {
              add_institution(r, "CAF", {{"country", "VE"}});
          }) == "institution CAF needs a name");
    auto s = add_institution(
        r, "caf",
        {{"name", " Corporación Andina "}, {"scope", "extra regional"}, {"notes", "una\r\ndos"}});
    CHECK(s.code() == "CAF");
    CHECK(s.name() == "Corporación Andina");
    CHECK(*s.institution.get("scope") == "extra-regional");
    CHECK(*s.institution.get("notes") == "una\ndos");
    const auto h =
        list_history(r, {.since = {}, .entity = "institution", .key = "CAF", .limit = {}});
    REQUIRE(h.size() == 1);
    CHECK(h[0].action == "add");
    REQUIRE(h[0].changes.size() == 3);  // name, scope, notes: the fields it has
}

TEST_CASE("institution: an import keeps a value held under an older rule, and checks a new one") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    // pymes 0.1 kept a web site without its scheme.
    pymes::db_of(r).exec("UPDATE institution SET website = 'www.sela.org' WHERE code = 'SELA'");
    auto row = [](const char* website) {
        return std::vector<std::pair<std::string, std::string>>{
            {"code", "SELA"}, {"name", "Sela"}, {"website", website}};
    };
    {
        WriteTransaction tx(r);
        CHECK(import_institution_row(tx, row("www.sela.org")) == RowOutcome::unchanged);
        CHECK(refusal([&] { import_institution_row(tx, row("www.sela.int")); }) ==
              "website: 'www.sela.int' is not a web address (it must begin with http:// or "
              "https://)");
        CHECK(import_institution_row(tx, row("https://www.sela.org")) == RowOutcome::updated);
        tx.commit();
    }
    CHECK(*find_institution(r, "SELA")->get("website") == "https://www.sela.org");
}

TEST_CASE(
    "institution: a founding signatory stays one through a rename, and its old code makes none") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    rename_institution(r, "ALIDE", "ALIDE-LAT");
    CHECK(founder_of(r, "ALIDE-LAT") == Value("ALIDE"));
    CHECK(founder_holder(r, "ALIDE") == std::optional<std::string>("ALIDE-LAT"));
    add_institution(r, "ALIDE", {{"name", "Impostora"}});
    CHECK_FALSE(founder_of(r, "ALIDE"));
    CHECK(not_a_founder(r, "ALIDE") ==
          "ALIDE is not a founding signatory: the agreement's ALIDE is ALIDE-LAT in this registry");
    CHECK(not_a_founder(r, "CAF") == "CAF is not one of the 11 founding signatories");
    const auto list = list_institutions(r, {});
    CHECK(list.front().code() == "ALIDE-LAT");
    CHECK(list.front().founder == Value("ALIDE"));
}
