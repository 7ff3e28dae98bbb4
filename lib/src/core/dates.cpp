#include "pymes/core/dates.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <vector>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/language.hpp"

namespace pymes {

using namespace std::chrono;

namespace {

bool digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

/// The words a date option counts from today. English is accepted in every language (scripts
/// use it); each catalogue's translation too, so that a Spanish or Portuguese user may write
/// hoy/ayer or hoje/ontem whatever language pymes speaks to them.
struct DayWord {
    const char* msgid;
    int days;
};
// TRANSLATORS: a word accepted as a date, the day pymes takes as today: one word, lower case.
constexpr DayWord kDayWords[] = {{NC_("day word", "today"), 0},
                                 // TRANSLATORS: a word accepted as a date: the day before today.
                                 {NC_("day word", "yesterday"), -1}};

}  // namespace

std::optional<int> Date::relative_days(std::string_view s) {
    if (s.empty() || s.size() > 32 || (s[0] >= '0' && s[0] <= '9')) return std::nullopt;
    std::string folded(s);
    std::transform(folded.begin(), folded.end(), folded.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    for (const DayWord& w : kDayWords)
        if (folded == w.msgid) return w.days;
    for (const LanguageRow& l : kLanguageTable)
        if (l.catalogue)
            for (const DayWord& w : kDayWords)
                if (folded == trc_in(l.language, "day word", w.msgid)) return w.days;
    return std::nullopt;
}

Date Date::from_ymd(int y, unsigned m, unsigned d) {
    return Date(
        sys_days(year_month_day(std::chrono::year(y), std::chrono::month(m), std::chrono::day(d))));
}

std::optional<Date> Date::parse_iso(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
    if (!digits(y) || !digits(m) || !digits(d)) return std::nullopt;
    year_month_day ymd{std::chrono::year(to_int(y)), std::chrono::month(unsigned(to_int(m))),
                       std::chrono::day(unsigned(to_int(d)))};
    if (!ymd.ok()) return std::nullopt;
    return Date(sys_days(ymd));
}

Date Date::parse_arg(std::string_view s, std::string_view what, Date today) {
    if (auto d = parse_iso(s)) return *d;
    if (auto days = relative_days(s)) return today.plus_days(*days);
    throw UsageError(
        trf("{}: '{}' is not a date", what, s),
        hint(s, tr("write dates as YYYY-MM-DD (a day that exists), `today` or `yesterday`")));
}

std::string Date::hint(std::string_view s, std::string fallback) {
    // Numbers and the separators between them: "14/01/2025" -> {14, 1, 2025}.
    std::vector<std::string_view> parts;
    std::string_view rest = s;
    char separator = 0;
    while (!rest.empty()) {
        std::size_t n = 0;
        while (n < rest.size() && rest[n] >= '0' && rest[n] <= '9') ++n;
        if (n == 0) return fallback;
        parts.push_back(rest.substr(0, n));
        rest.remove_prefix(n);
        if (rest.empty()) break;
        // A time after the day (a spreadsheet's "2025-01-14 10:00:00"): the day alone.
        if (parts.size() == 3 && (rest[0] == ' ' || rest[0] == 'T')) break;
        if (separator == 0) separator = rest[0];
        if (rest[0] != separator || (separator != '/' && separator != '-' && separator != '.'))
            return fallback;
        rest.remove_prefix(1);
    }
    auto date = [](std::string_view y, std::string_view m, std::string_view d) {
        std::optional<Date> day;
        if (y.size() == 4 && m.size() <= 2 && d.size() <= 2)
            day = parse_iso(fmt::format("{}-{:0>2}-{:0>2}", y, m, d));
        return day;
    };
    std::optional<Date> first, second;  // day first; month first
    if (parts.size() == 1 && parts[0].size() == 8) {
        first = date(parts[0].substr(0, 4), parts[0].substr(4, 2), parts[0].substr(6, 2));
    } else if (parts.size() == 3 && parts[0].size() == 4) {
        first = date(parts[0], parts[1], parts[2]);
    } else if (parts.size() == 3 && parts[2].size() == 4) {
        first = date(parts[2], parts[1], parts[0]);
        second = date(parts[2], parts[0], parts[1]);
    }
    if (first && second && !(*first == *second))
        return trf("write dates as YYYY-MM-DD: {} (day first) or {} (month first)", first->iso(),
                   second->iso());
    if (!first) first = second;
    if (!first || first->iso() == s) return fallback;
    return trf("write dates as YYYY-MM-DD: {}", first->iso());
}

std::string Date::iso() const {
    year_month_day ymd(days_);
    return fmt::format("{:04}-{:02}-{:02}", int(ymd.year()), unsigned(ymd.month()),
                       unsigned(ymd.day()));
}

int Date::year() const { return int(year_month_day(days_).year()); }
unsigned Date::month() const { return unsigned(year_month_day(days_).month()); }
unsigned Date::day() const { return unsigned(year_month_day(days_).day()); }

IsoWeek IsoWeek::of(Date d) {
    // The ISO year is the year of the week's Thursday.
    const weekday wd(d.days());
    const int from_monday = int((wd.iso_encoding() - 1));
    const Date thursday = d.plus_days(3 - from_monday);
    const Date jan1 = Date::from_ymd(thursday.year(), 1, 1);
    const int ordinal = int((thursday.days() - jan1.days()).count());
    return IsoWeek{thursday.year(), unsigned(ordinal / 7 + 1)};
}

Date IsoWeek::monday() const {
    const Date jan4 = Date::from_ymd(year, 1, 4);
    const int from_monday = int(weekday(jan4.days()).iso_encoding() - 1);
    return jan4.plus_days(-from_monday + 7 * (int(week) - 1));
}

std::string IsoWeek::label() const { return fmt::format("{:04}-W{:02}", year, week); }

std::optional<IsoWeek> IsoWeek::parse(std::string_view s) {
    if (s.size() != 8 || s[4] != '-' || (s[5] != 'W' && s[5] != 'w')) return std::nullopt;
    auto y = s.substr(0, 4), w = s.substr(6, 2);
    if (!digits(y) || !digits(w)) return std::nullopt;
    IsoWeek week{to_int(y), unsigned(to_int(w))};
    if (week.week < 1 || week.week > 53) return std::nullopt;
    // Week 53 exists only when 28 December falls in it.
    if (week.week == 53 && IsoWeek::of(Date::from_ymd(week.year, 12, 28)).week != 53)
        return std::nullopt;
    return week;
}

std::optional<std::string> parse_time_of_day(std::string_view s) {
    auto digits = [](std::string_view d) {
        return !d.empty() &&
               std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    std::string t(s);
    int shift = -1;  // 12-hour: 0 for AM, 12 for PM
    for (auto [suffix, hours] : {std::pair{"AM", 0}, std::pair{"PM", 12}}) {
        if (t.size() > 2 &&
            std::toupper(static_cast<unsigned char>(t[t.size() - 2])) == suffix[0] &&
            std::toupper(static_cast<unsigned char>(t.back())) == suffix[1]) {
            shift = hours;
            t.resize(t.size() - 2);
            while (!t.empty() && t.back() == ' ') t.pop_back();
        }
    }
    if (t.size() >= 7 && t[t.size() - 3] == ':' && t.substr(t.size() - 2) == "00")
        t.resize(t.size() - 3);
    if (t.size() == 4 && t[1] == ':') t = "0" + t;
    if (t.size() != 5 || t[2] != ':' || !digits(t.substr(0, 2)) || !digits(t.substr(3)))
        return std::nullopt;
    if (shift >= 0) {
        if (t.substr(0, 2) < "01" || t.substr(0, 2) > "12") return std::nullopt;
        t = fmt::format("{:02}{}", std::stoi(t.substr(0, 2)) % 12 + shift, t.substr(2));
    }
    if (t.substr(0, 2) > "23" || t.substr(3) > "59") return std::nullopt;
    return t;
}

}  // namespace pymes
