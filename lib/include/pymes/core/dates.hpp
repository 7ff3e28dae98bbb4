#pragma once
/// Calendar dates (SPEC §3: `YYYY-MM-DD`, `today`, `yesterday`) and ISO 8601 weeks.

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace pymes {

/// A calendar date without time zone.
class Date {
  public:
    Date() = default;
    explicit Date(std::chrono::sys_days d) : days_(d) {}
    static Date from_ymd(int y, unsigned m, unsigned d);

    /// Strict `YYYY-MM-DD` of a date that exists; nullopt otherwise.
    static std::optional<Date> parse_iso(std::string_view s);
    /// `YYYY-MM-DD`, or a word counted from `today` (the caller's Clock): `today` and
    /// `yesterday`, or each catalogue's words for them (hoy/ayer, hoje/ontem), in any interface
    /// language and any letter case; throws UsageError naming `what`.
    static Date parse_arg(std::string_view s, std::string_view what, Date today);
    /// For a date written another common way (`14/01/2025`, `14-01-2025`, `14.1.2025`,
    /// `2025/01/14`, `20250114`, `2025-01-14 10:00`), a hint that names its YYYY-MM-DD form
    /// ("write it as 2025-01-14"; both readings when day and month could be either); else the
    /// general rule (`fallback`).
    static std::string hint(std::string_view s, std::string fallback);
    /// Whether `s` is one of the words parse_arg counts from today.
    static bool is_relative(std::string_view s) { return relative_days(s).has_value(); }
    /// How many days from today one of those words is (0, -1); nullopt for any other text.
    static std::optional<int> relative_days(std::string_view s);

    std::string iso() const;  ///< `YYYY-MM-DD`
    int year() const;
    unsigned month() const;
    unsigned day() const;
    std::chrono::sys_days days() const { return days_; }
    Date plus_days(int n) const { return Date(days_ + std::chrono::days(n)); }
    auto operator<=>(const Date&) const = default;

  private:
    std::chrono::sys_days days_{};
};

/// The date of the agreement's signature: nothing in the membership log may be earlier.
inline constexpr std::string_view kAgreementDate = "1996-12-10";

/// A time of day as `HH:MM`, from `HH:MM`, `H:MM`, `HH:MM:SS` with zero seconds, or the 12-hour
/// `H:MM[:SS] AM|PM` that spreadsheets save; nullopt otherwise.
std::optional<std::string> parse_time_of_day(std::string_view s);

/// An ISO 8601 week, Monday to Sunday.
struct IsoWeek {
    int year = 0;
    unsigned week = 0;
    Date monday() const;
    Date sunday() const { return monday().plus_days(6); }
    std::string label() const;  ///< `2026-W48`
    static IsoWeek of(Date d);
    /// `YYYY-Www` of a week that exists (W53 only in long years); nullopt otherwise.
    static std::optional<IsoWeek> parse(std::string_view s);
};

}  // namespace pymes
