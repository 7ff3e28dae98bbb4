#include "pymes/core/clock.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <ctime>

#include "pymes/core/errors.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/entities/record.hpp"
#include "store/db.hpp"
#include "support.hpp"

using pymes::Clock;
using pymes::Date;

namespace {

/// The UTC date, shifted by `hours`, as the C library tells it, independently of Clock.
std::string utc_today(long hours = 0) {
    std::time_t t = std::time(nullptr) + hours * 3600;
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buf[11];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &utc);
    return buf;
}

}  // namespace

TEST_CASE("clock: a fixed clock is that day, and now is its midnight UTC") {
    const Clock c = Clock::fixed(*Date::parse_iso("2031-02-28"));
    CHECK(c.is_fixed());
    CHECK(c.today().iso() == "2031-02-28");
    CHECK(c.now_utc() == "2031-02-28T00:00:00Z");
}

TEST_CASE("clock: the system clock reads the real date, in the zone it is given") {
    const Clock utc = Clock::real("Etc/UTC");
    CHECK_FALSE(utc.is_fixed());
    // Around midnight UTC the two reads may straddle a day: read again if they differ.
    std::string expected = utc_today(), got = utc.today().iso();
    if (got != expected) expected = utc_today();
    CHECK(got == expected);
    CHECK(utc.now_utc().substr(0, 10) == utc_today());
    // Kiribati (UTC+14) and Baker Island's zone (UTC-12) are never on the same date: one day
    // apart, or two between 10:00 and 12:00 UTC. Each is the UTC date shifted by its offset
    // (neither zone keeps summer time); read again if the reads straddle an hour's turn.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const std::string east_expected = utc_today(14), west_expected = utc_today(-12);
        const auto east = Clock::real("Pacific/Kiritimati").today(),
                   west = Clock::real("Etc/GMT+12").today();
        if (attempt == 0 && (east.iso() != east_expected || west.iso() != west_expected)) continue;
        CHECK(east.iso() == east_expected);
        CHECK(west.iso() == west_expected);
        CHECK(east.days() > west.days());
        break;
    }
}

TEST_CASE("clock: an unknown time zone is a configuration error when today is asked for") {
    const Clock c = Clock::real("America/Atlantis");
    try {
        (void)c.today();
        FAIL("expected an error");
    } catch (const pymes::Error& e) {
        CHECK(e.code() == pymes::Exit::config);
        CHECK(std::string(e.what()) == "timezone: 'America/Atlantis' is not a known time zone");
    }
}

TEST_CASE("clock: what the library writes as today and now comes from the registry's clock") {
    test::TempDir dir;
    const std::string path = dir.file("r.db");
    const Clock clock = Clock::fixed(*Date::parse_iso("2030-06-15"));
    pymes::Registry::create(path, false, "t", clock);
    pymes::Registry r =
        pymes::Registry::open({path, 1000, pymes::MigratePolicy::automatic, "t", clock});
    const auto& spec = pymes::activity_spec();
    pymes::Record a = pymes::add_record(
        r, spec, {{"institution", "SELA"}, {"area", "training"}, {"title", "Taller"}});
    CHECK(a.at("recorded_on") == "2030-06-15");
    CHECK(pymes::db_of(r).execAndGet("SELECT min(at) || ' ' || max(at) FROM history").getString() ==
          "2030-06-15T00:00:00Z 2030-06-15T00:00:00Z");
    // An accession may not be dated after the clock's today.
    CHECK_THROWS_WITH(pymes::withdraw(r, "TIPS", *Date::parse_iso("2030-06-16"), std::nullopt),
                      "TIPS: 2030-06-16 is in the future");
    CHECK(pymes::withdraw(r, "TIPS", *Date::parse_iso("2030-06-15"), std::nullopt)
              .membership.status == pymes::MembershipStatus::withdrawn);
}
