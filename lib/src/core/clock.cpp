#include "pymes/core/clock.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <chrono>
#include <ctime>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"

namespace pymes {

namespace {

/// The IANA zone `name`, or a ConfigError (78) that says how to name one.
const date::time_zone* zone_of(const std::string& name) {
    try {
        return date::locate_zone(name);
    } catch (const std::exception&) {
        throw ConfigError(trf("timezone: '{}' is not a known time zone", name),
                          tr("write an IANA name such as America/Lima or America/Sao_Paulo"));
    }
}

}  // namespace

Clock Clock::real(std::string timezone) {
    Clock c;
    c.timezone_ = std::move(timezone);
    return c;
}

Clock Clock::fixed(Date day) {
    Clock c;
    c.fixed_ = day;
    return c;
}

Date Clock::today() const {
    if (fixed_) return *fixed_;
    const auto now = std::chrono::system_clock::now();
    if (!timezone_.empty()) {
        const date::time_zone* zone = zone_of(timezone_);
        const auto local = date::floor<date::days>(zone->to_local(now));
        return Date(std::chrono::sys_days(local.time_since_epoch()));
    }
    std::time_t t = std::chrono::system_clock::to_time_t(now);
    std::tm local{};
    localtime_r(&t, &local);
    return Date::from_ymd(local.tm_year + 1900, unsigned(local.tm_mon + 1),
                          unsigned(local.tm_mday));
}

std::string Clock::now_utc() const {
    if (fixed_) return fixed_->iso() + "T00:00:00Z";
    std::time_t t = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&t, &utc);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", utc.tm_year + 1900, utc.tm_mon + 1,
                       utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
}

std::string Clock::end_of_day_utc(Date day) const {
    const Date next = day.plus_days(1);
    if (fixed_) return next.iso() + "T00:00:00Z";
    std::chrono::sys_seconds instant;
    if (!timezone_.empty()) {
        const date::time_zone* zone = zone_of(timezone_);
        const date::local_seconds local{next.days().time_since_epoch()};
        instant = zone->to_sys(local, date::choose::earliest);
    } else {
        std::tm local{};
        local.tm_year = next.year() - 1900;
        local.tm_mon = int(next.month()) - 1;
        local.tm_mday = int(next.day());
        local.tm_isdst = -1;
        instant = std::chrono::sys_seconds(std::chrono::seconds(std::mktime(&local)));
    }
    const auto t = std::chrono::system_clock::to_time_t(instant);
    std::tm utc{};
    gmtime_r(&t, &utc);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", utc.tm_year + 1900, utc.tm_mon + 1,
                       utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
}

}  // namespace pymes
