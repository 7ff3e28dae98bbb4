#include "pymes/core/dates.hpp"

#include <catch2/catch.hpp>

#include "pymes/core/errors.hpp"

using pymes::Date;
using pymes::IsoWeek;

TEST_CASE("dates: only days that exist parse") {
    CHECK(Date::parse_iso("1996-12-10")->iso() == "1996-12-10");
    CHECK(Date::parse_iso("2024-02-29"));
    CHECK_FALSE(Date::parse_iso("2023-02-29"));
    CHECK_FALSE(Date::parse_iso("2026-02-30"));
    CHECK_FALSE(Date::parse_iso("2026-13-01"));
    CHECK_FALSE(Date::parse_iso("2026-1-01"));
    CHECK_FALSE(Date::parse_iso("10/12/1996"));
    CHECK_FALSE(Date::parse_iso(""));
}

TEST_CASE("dates: today and yesterday count from the day given, junk is a usage error") {
    const Date day = *Date::parse_iso("2027-01-01");
    CHECK(Date::parse_arg("today", "--date", day).iso() == "2027-01-01");
    CHECK(Date::parse_arg("yesterday", "--date", day).iso() == "2026-12-31");
    CHECK(Date::parse_arg("2024-02-29", "--date", day).iso() == "2024-02-29");
    try {
        Date::parse_arg("mañana", "--date", day);
        FAIL("expected an error");
    } catch (const pymes::Error& e) {
        CHECK(e.code() == pymes::Exit::usage);
        CHECK(std::string(e.what()) == "--date: 'mañana' is not a date");
    }
}

TEST_CASE("dates: ISO weeks run Monday to Sunday, numbered by their Thursday") {
    CHECK(IsoWeek::of(*Date::parse_iso("2026-11-25")).label() == "2026-W48");
    CHECK(IsoWeek::parse("2026-W48")->monday().iso() == "2026-11-23");
    CHECK(IsoWeek::parse("2026-W48")->sunday().iso() == "2026-11-29");
    // A week across New Year belongs to the year of its Thursday.
    CHECK(IsoWeek::of(*Date::parse_iso("2025-12-29")).label() == "2026-W01");
    CHECK(IsoWeek::of(*Date::parse_iso("2021-01-03")).label() == "2020-W53");
    CHECK(IsoWeek::parse("2026-W01")->monday().iso() == "2025-12-29");
    // Week 53 exists only in long years.
    CHECK(IsoWeek::parse("2020-W53"));
    CHECK(IsoWeek::parse("2026-W53"));
    CHECK_FALSE(IsoWeek::parse("2025-W53"));
    CHECK_FALSE(IsoWeek::parse("2026-W60"));
    CHECK_FALSE(IsoWeek::parse("2026-W00"));
    CHECK_FALSE(IsoWeek::parse("2026W48"));
}

TEST_CASE("dates: a date written another common way gets a hint with its YYYY-MM-DD form") {
    const std::string general = "general rule";
    CHECK(Date::hint("14/01/2025", general) == "write dates as YYYY-MM-DD: 2025-01-14");
    CHECK(Date::hint("14-1-2025", general) == "write dates as YYYY-MM-DD: 2025-01-14");
    CHECK(Date::hint("14.01.2025", general) == "write dates as YYYY-MM-DD: 2025-01-14");
    CHECK(Date::hint("01/14/2025", general) == "write dates as YYYY-MM-DD: 2025-01-14");
    CHECK(Date::hint("2025/01/14", general) == "write dates as YYYY-MM-DD: 2025-01-14");
    CHECK(Date::hint("2025-1-14", general) == "write dates as YYYY-MM-DD: 2025-01-14");
    CHECK(Date::hint("20250114", general) == "write dates as YYYY-MM-DD: 2025-01-14");
    CHECK(Date::hint("2025-01-14 10:30:00", general) == "write dates as YYYY-MM-DD: 2025-01-14");
    CHECK(Date::hint("05/05/2025", general) == "write dates as YYYY-MM-DD: 2025-05-05");
    // Day and month could be either: both readings, the region's (day first) first.
    CHECK(Date::hint("02/01/2025", general) ==
          "write dates as YYYY-MM-DD: 2025-01-02 (day first) or 2025-02-01 (month first)");
    // Not a day, or nothing like a date: the general rule.
    CHECK(Date::hint("31/02/2025", general) == general);
    CHECK(Date::hint("14/01/25", general) == general);
    CHECK(Date::hint("14/01-2025", general) == general);
    CHECK(Date::hint("mañana", general) == general);
    CHECK(Date::hint("", general) == general);
    CHECK(Date::hint("2025-02-30", general) == general);
    // The usage error of an argument carries it.
    try {
        Date::parse_arg("14/01/2025", "--from", *Date::parse_iso("2026-11-25"));
        FAIL("no error");
    } catch (const pymes::UsageError& e) {
        CHECK(e.hint() == "write dates as YYYY-MM-DD: 2025-01-14");
    }
}
