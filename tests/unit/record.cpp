#include <catch2/catch.hpp>
#include <sstream>

#include "pymes/entities/entities.hpp"
#include "pymes/io/ics.hpp"
#include "pymes/store/history.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"
#include "support.hpp"

using namespace pymes;

namespace {
std::string field_error(const EntitySpec& spec, const char* field, const char* raw) {
    try {
        normalize(spec, *spec.field(field), raw);
    } catch (const FieldError& e) {
        CHECK(e.field == field);
        return e.detail;
    }
    return "accepted";
}
template <class F>
std::string error_message(F f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "accepted";
}
}  // namespace

TEST_CASE("record: every field type normalizes or names what is wrong") {
    const auto& a = activity_spec();
    const auto& m = meeting_spec();
    const auto& p = project_spec();
    CHECK(normalize(a, *a.field("area"), "Capacitación") == "training");
    CHECK(normalize(a, *a.field("status"), "DONE") == "done");
    CHECK(normalize(a, *a.field("highlight"), "sí") == "true");
    CHECK(normalize(a, *a.field("highlight"), "0") == "false");
    CHECK(normalize(a, *a.field("highlight"), "") == "false");
    CHECK(normalize(a, *a.field("tags"), " pymes ; ;exportación;pymes") == "pymes;exportación");
    CHECK(normalize(a, *a.field("title"), "  ") == std::nullopt);
    CHECK(normalize(m, *m.field("time"), "9:30") == "09:30");
    CHECK(normalize(m, *m.field("attendees"), "sela;alide;SELA") == "ALIDE;SELA");
    CHECK(normalize(m, *m.field("timezone"), "America/Lima") == "America/Lima");
    CHECK(normalize(p, *p.field("currency"), "pen") == "PEN");
    CHECK(normalize(p, *p.field("budget"), "25000.5") == "25000.50");

    CHECK(field_error(a, "status", "finished") == "'finished' is not a status of an activity");
    CHECK(field_error(a, "start_on", "2026-02-30") == "'2026-02-30' is not a date");
    CHECK(field_error(a, "highlight", "quizás") == "'quizás' is not true or false");
    CHECK(field_error(m, "time", "25:00") == "'25:00' is not a time");
    CHECK(field_error(m, "timezone", "Lima") == "'Lima' is not an IANA time zone");
    CHECK(field_error(p, "budget", "1.005") == "'1.005' is not an amount");
    CHECK(field_error(p, "currency", "SOL") == "'SOL' is not an ISO 4217 currency code");
    CHECK(field_error(p, "meeting", "0") == "'0' is not an id (a whole number from 1)");
    CHECK(field_error(a, "title", "Comisi\xF3n") == "is not valid UTF-8 text");
}

TEST_CASE("record: rules across fields and references are checked when written") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    const auto& a = activity_spec();
    const Patch ok = {{"institution", "SELA"},
                      {"area", "training"},
                      {"title", "Taller"},
                      {"recorded_on", "2026-11-25"}};
    Record first = add_record(r, a, ok);
    CHECK(first.id() == 1);
    CHECK(first.get("status") == "planned");
    CHECK(first.get("highlight") == "false");

    auto with = [&](Patch extra) {
        Patch p = ok;
        p.insert(p.end(), extra.begin(), extra.end());
        return p;
    };
    CHECK(error_message([&] {
              add_record(r, a, with({{"institution", "NOPE"}}));
          }) == "institution: there is no institution NOPE");
    CHECK(error_message([&] {
              add_record(r, a, with({{"start_on", "2026-05-02"}, {"end_on", "2026-05-01"}}));
          }) == "end_on: 2026-05-01 is before start_on 2026-05-02");
    CHECK(error_message([&] {
              add_record(
                  r, a,
                  {{"institution", "SELA"}, {"area", "training"}, {"recorded_on", "2026-11-25"}});
          }) == "title: is required");
    add_record(r, a, with({{"ref", "T-1"}}));
    CHECK(error_message([&] {
              add_record(r, a, with({{"ref", "T-1"}}));
          }) == "ref: 'T-1' is already the ref of activity 2 of SELA");
    // The same ref at another institution is another activity.
    CHECK_NOTHROW(add_record(r, a, with({{"ref", "T-1"}, {"institution", "ALIDE"}})));

    const auto& p = project_spec();
    CHECK(error_message([&] {
              add_record(r, p,
                         {{"title", "P"}, {"area", "info"}, {"lead", "SELA"}, {"budget", "10"}});
          }) == "currency: is required with a budget");
    CHECK(error_message([&] {
              add_record(r, p,
                         {{"title", "P"}, {"area", "info"}, {"lead", "SELA"}, {"meeting", "9"}});
          }) == "meeting: there is no meeting 9");
    CHECK(error_message([&] {
              add_record(
                  r, p,
                  {{"title", "P"}, {"area", "info"}, {"lead", "SELA"}, {"partners", "ALIDE;NOPE"}});
          }) == "partners: there is no institution NOPE");
    // Nothing refused above was written.
    CHECK(pymes::db_of(r).execAndGet("SELECT count(*) FROM project").getInt() == 0);
}

TEST_CASE("record: edits write only what changed, and project status changes are in the history") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    const auto& p = project_spec();
    Record pr = add_record(
        r, p, {{"title", "Red"}, {"area", "training"}, {"lead", "SELA"}, {"partners", "ALIDE"}});
    edit_record(r, p, pr.id(), {{"status", "approved"}}, {{"partners", {"INTAL"}, {"ALIDE"}}});
    auto h = list_history(r, {.since = {}, .entity = "project", .key = "1", .limit = {}});
    REQUIRE(h.size() == 2);
    CHECK(h[0].action == "edit");
    REQUIRE(h[0].changes.size() == 2);
    CHECK(h[0].changes[0].field == "partners");
    CHECK(*h[0].changes[0].before == "ALIDE");
    CHECK(*h[0].changes[0].after == "INTAL");
    CHECK(h[0].changes[1].field == "status");
    CHECK(*h[0].changes[1].after == "approved");
    edit_record(r, p, pr.id(), {{"status", "approved"}});
    CHECK(list_history(r, {.since = {}, .entity = "project", .key = "1", .limit = {}}).size() == 2);
    CHECK(error_message([&] {
              edit_record(r, p, pr.id(), {{"title", ""}});
          }) == "title: is required and cannot be cleared");
    CHECK(error_message([&] {
              edit_record(r, p, 42, {{"title", "x"}});
          }) == "there is no project 42");
}

TEST_CASE("record: list filters — overlap of periods, institution as lead or partner") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    const auto& a = activity_spec();
    auto add = [&](const char* start, const char* end) {
        Patch p = {{"institution", "SELA"},
                   {"area", "training"},
                   {"title", "t"},
                   {"recorded_on", "2026-01-01"},
                   {"start_on", start}};
        if (*end) p.emplace_back("end_on", end);
        return add_record(r, a, p).id();
    };
    auto a1 = add("2026-01-10", "2026-01-20"), a2 = add("2026-01-25", ""),
         a3 = add("2026-02-01", "2026-03-01");
    auto ids = [&](const char* from, const char* to) {
        ActivityFilter f;
        f.from = Date::parse_iso(from);
        f.to = Date::parse_iso(to);
        std::vector<std::int64_t> out;
        for (const auto& rec : query_records(r, a, activity_query(f))) out.push_back(rec.id());
        return out;
    };
    CHECK(ids("2026-01-15", "2026-01-15") == std::vector<std::int64_t>{a1});
    CHECK(ids("2026-01-20", "2026-01-25") == std::vector<std::int64_t>{a1, a2});
    CHECK(ids("2026-01-21", "2026-01-24").empty());
    CHECK(ids("2026-02-15", "2026-12-31") == std::vector<std::int64_t>{a3});

    const auto& p = project_spec();
    add_record(r, p, {{"title", "A"}, {"area", "info"}, {"lead", "SELA"}});
    add_record(r, p, {{"title", "B"}, {"area", "info"}, {"lead", "ALIDE"}, {"partners", "SELA"}});
    add_record(r, p, {{"title", "C"}, {"area", "info"}, {"lead", "ALIDE"}});
    ProjectFilter f;
    f.institution = "SELA";
    CHECK(query_records(r, p, project_query(f)).size() == 2);
}

TEST_CASE("record: search is accent-insensitive, ranked, and never takes FTS syntax from input") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    add_record(r, activity_spec(),
               {{"institution", "SELA"},
                {"area", "training"},
                {"title", "Capacitación exportadora"},
                {"recorded_on", "2026-01-01"}});
    add_record(r, project_spec(),
               {{"title", "Red"},
                {"area", "training"},
                {"lead", "SELA"},
                {"description", "capacitación, capacitación y más capacitación"}});
    auto hits = search(r, "CAPACITACION", 20);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].kind == "project");  // more occurrences rank first
    CHECK(hits[1].kind == "activity");
    CHECK(search(r, "capacitacion exportadora", 20).size() == 1);
    CHECK(search(r, "\" OR * NEAR(", 20).empty());
    CHECK(fts_query("a \"b\"") == "\"a\" AND \"\"\"b\"\"\"");
}

TEST_CASE("ics: escaping and folding at 75 octets, never inside a character") {
    CHECK(ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
    const std::string line = "SUMMARY:" + std::string(66, 'x') + "ñandú";  // ñ straddles octet 75
    const std::string folded = ics_fold(line);
    CHECK(folded == "SUMMARY:" + std::string(66, 'x') + "\r\n ñandú\r\n");
    for (std::size_t start = 0, end; (end = folded.find("\r\n", start)) != std::string::npos;
         start = end + 2)
        CHECK(end - start <= 75);
}

TEST_CASE("record: the text rule follows the field's kind, for every field of every entity") {
    for (const EntitySpec* spec : {&activity_spec(), &meeting_spec(), &project_spec()}) {
        for (const auto& f : spec->fields) {
            const std::string name(f.name);
            INFO(spec->name() << "." << name);
            CHECK(field_error(*spec, name.c_str(), "x\xff") == "is not valid UTF-8 text");
            CHECK(field_error(*spec, name.c_str(), "1\x1b[2J").find("U+001B") != std::string::npos);
            CHECK(field_error(*spec, name.c_str(), "1\xc2\x85").find("U+0085") !=
                  std::string::npos);
            const bool long_text = name == "description" || name == "agenda" || name == "minutes";
            CHECK((f.type == FieldType::long_text) == long_text);
            if (long_text)
                CHECK(normalize(*spec, f, "uno\r\ndos\ttres") == "uno\ndos\ttres");
            else
                CHECK(field_error(*spec, name.c_str(), "uno\ndos").find("one line") !=
                      std::string::npos);
        }
    }
}
