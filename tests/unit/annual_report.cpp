// The annual report's counting rules (pymes/annual_report.hpp), on registries whose clock the
// test sets, so that the history's days are the test's.
#include "pymes/report/annual_report.hpp"

#include <catch2/catch.hpp>

#include "pymes/entities/entities.hpp"
#include "pymes/entities/record.hpp"
#include "support.hpp"

using namespace pymes;
using test::d;

namespace {

Registry open_on(const test::TempDir& dir, const char* today) {
    return Registry::open({dir.file("registry.db"), 1000, MigratePolicy::automatic, "tester",
                           Clock::fixed(d(today))});
}

AnnualReport report(Registry& r, int year, const char* today) {
    AnnualOptions o;
    o.year = year;
    o.today = d(today);
    return build_annual_report(r, o);
}

std::vector<std::string> titles(const AnnualReport& a) {
    std::vector<std::string> out;
    for (const auto& p : a.projects) out.push_back(p.title);
    return out;
}

}  // namespace

TEST_CASE("annual report: years from 1996 to today's are reported, others refused as usage") {
    test::TempDir dir;
    Registry::create(dir.file("registry.db"), false, "tester");
    Registry r = open_on(dir, "2026-11-25");
    CHECK(test::refusal([&] { report(r, 1995, "2026-11-25"); }, Exit::usage) ==
          "--year 1995: the agreement was signed on 1996-12-10");
    CHECK(test::refusal([&] { report(r, 2027, "2026-11-25"); }, Exit::usage) ==
          "--year 2027: that year has not begun (today is 2026-11-25)");
    const AnnualReport first = report(r, 1996, "2026-11-25");
    CHECK_FALSE(first.previous);
    // The eleven founding signatures are their own kind, never accessions (issue 27, item 4).
    CHECK(first.figures.founding == 11);
    CHECK(first.figures.accessions == 0);
    CHECK(first.figures.parties_at_end == 11);
    CHECK(first.silent_parties.size() == 11);
    const AnnualReport now = report(r, 2026, "2026-11-25");
    CHECK(now.as_of == d("2026-11-25"));
    REQUIRE(now.previous);
    CHECK(now.previous->year == 2025);
    CHECK(now.parties_by_year.size() == 31);
}

TEST_CASE("annual report: budgets per currency, never added across them, cancelled left out") {
    test::TempDir dir;
    Registry::create(dir.file("registry.db"), false, "tester");
    Registry r = open_on(dir, "2026-11-25");
    const auto& p = project_spec();
    auto add = [&](const char* title, const char* status, const char* budget, const char* cur) {
        add_record(r, p,
                   {{"title", title},
                    {"area", "training"},
                    {"lead", "SELA"},
                    {"status", status},
                    {"start_on", "2025-03-01"},
                    {"end_on", "2025-09-30"},
                    {"budget", budget},
                    {"currency", cur}});
    };
    add("A", "completed", "1000.10", "USD");
    add("B", "active", "250.00", "EUR");
    add("C", "cancelled", "99.99", "USD");
    add("D", "approved", "0.90", "USD");
    const AnnualReport a = report(r, 2025, "2026-11-25");
    CHECK(a.figures.budgets == CurrencyTotals{{"EUR", 25000}, {"USD", 100100}});
    CHECK(titles(a) == std::vector<std::string>{"D", "B", "A", "C"});  // by status
    CHECK(report(r, 2026, "2026-11-25").projects.empty());
    CHECK(report(r, 2026, "2026-11-25").previous->budgets == a.figures.budgets);
}

TEST_CASE("annual report: an undated project counts in the years its history shows it live") {
    test::TempDir dir;
    Registry::create(dir.file("registry.db"), false, "tester");
    {
        Registry r = open_on(dir, "2024-06-01");
        add_record(r, project_spec(),
                   {{"title", "Sin fechas"}, {"area", "info"}, {"lead", "SELA"}});
        add_record(r, project_spec(),
                   {{"title", "Desde"},
                    {"area", "info"},
                    {"lead", "SELA"},
                    {"start_on", "2023-02-01"},
                    {"status", "active"}});
        add_record(
            r, project_spec(),
            {{"title", "Hasta"}, {"area", "info"}, {"lead", "SELA"}, {"end_on", "2025-01-31"}});
    }
    {
        Registry r = open_on(dir, "2025-03-01");
        edit_record(r, project_spec(), 1, {{"status", "completed"}}, {});
        edit_record(r, project_spec(), 2, {{"status", "completed"}}, {});
    }
    Registry r = open_on(dir, "2026-11-25");
    // Dated by its start alone and no longer live: that one day.
    CHECK(titles(report(r, 2023, "2026-11-25")) == std::vector<std::string>{"Desde"});
    // Proposed from its recording in 2024 until completed in March 2025; the other from its
    // recording to its end; "Desde" active from its start until completed in March 2025. By the
    // status in effect at the year's end (issue 27): proposed first, then active; in 2025
    // "Desde" is completed, "Sin fechas" too.
    CHECK(titles(report(r, 2024, "2026-11-25")) ==
          std::vector<std::string>{"Sin fechas", "Hasta", "Desde"});
    CHECK(titles(report(r, 2025, "2026-11-25")) ==
          std::vector<std::string>{"Hasta", "Sin fechas", "Desde"});
    CHECK(titles(report(r, 2026, "2026-11-25")) == std::vector<std::string>{});
}
