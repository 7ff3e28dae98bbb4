#include "pymes/digest.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "report/digest_catalogue.hpp"
#include "pymes/areas.hpp"
#include "pymes/errors.hpp"
#include "pymes/record.hpp"
#include "pymes/money.hpp"
#include "pymes/registry.hpp"
#include "pymes/render.hpp"
#include "pymes/text.hpp"

namespace pymes {

namespace w = digest_text;

IsoWeek last_complete_week(Date as_of) {
    return IsoWeek::of(IsoWeek::of(as_of).monday().plus_days(-7));
}

bool Digest::empty() const {
    return membership.total == 0 && meetings_held.total == 0 && meetings_upcoming.total == 0 &&
           projects_changed.total == 0 && projects_ending.total == 0 && activities_recorded.total == 0 &&
           activities_taking_place.total == 0;
}

DigestFormat parse_digest_format(std::string_view s) {
    if (s == "text") return DigestFormat::text;
    if (s == "markdown") return DigestFormat::markdown;
    if (s == "html") return DigestFormat::html;
    if (s == "json") return DigestFormat::json;
    throw UsageError(fmt::format("unknown digest format '{}'", s), "use text, markdown, html or json");
}

std::string long_date(const std::string& iso, std::string_view language) {
    auto d = Date::parse_iso(iso);
    if (!d) return iso;
    if (language == "en") return fmt::format("{} {} {}", d->day(), w::month(d->month(), language), d->year());
    return fmt::format("{} de {} de {}", d->day(), w::month(d->month(), language), d->year());
}

namespace {

/// Runs `sql` with the period bound as ?1 (from) and ?2 (to) and more text parameters after.
SQLite::Statement& prepared(Registry& r, const std::string& sql, const std::vector<std::string>& params) {
    SQLite::Statement& q = r.statement(sql);
    for (std::size_t i = 0; i < params.size(); ++i) q.bind(int(i + 1), params[i]);
    return q;
}

std::int64_t count(Registry& r, const std::string& sql, const std::vector<std::string>& params) {
    SQLite::Statement& q = prepared(r, sql, params);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

constexpr const char* kAreaOrder =
    "CASE a.area WHEN 'information' THEN 1 WHEN 'management' THEN 2 WHEN 'training' THEN 3 "
    "WHEN 'technology-transfer' THEN 4 ELSE 5 END";

/// Activities of the period through `index`: without statistics, SQLite would rather scan the
/// area index to group by area than seek the period (2 s instead of 3 ms on 1M activities).
void activities(Registry& r, const std::string& index, const std::string& where, const std::vector<std::string>& params,
                int max, DigestSection<DigestActivity>& section, std::vector<AreaCount>& by_area) {
    const std::string from = "FROM activity a INDEXED BY " + index;
    std::map<std::string, std::size_t> counts;
    {
        SQLite::Statement& q = prepared(r, "SELECT a.area, count(*) " + from + " WHERE " + where + " GROUP BY a.area", params);
        while (q.executeStep()) counts[q.getColumn(0).getString()] = std::size_t(q.getColumn(1).getInt64());
    }
    for (const auto& area : area_codes()) {
        by_area.push_back({area, counts[area]});
        section.total += counts[area];
    }
    std::vector<std::string> with_limit = params;
    with_limit.push_back(std::to_string(max));
    SQLite::Statement& q = prepared(
        r,
        "SELECT a.id, a.institution, i.name, a.area, a.title, a.status, a.start_on, a.end_on, a.highlight " +
            from + " JOIN institution i ON i.code = a.institution WHERE " + where +
            " ORDER BY " + kAreaOrder + ", a.institution, a.highlight DESC, coalesce(a.start_on, a.recorded_on), a.id "
            "LIMIT CAST(?" + std::to_string(with_limit.size()) + " AS INTEGER)",
        with_limit);
    while (q.executeStep()) {
        section.items.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                                 q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString(),
                                 column_value(q.getColumn(6)), column_value(q.getColumn(7)), q.getColumn(8).getInt() != 0});
    }
}

void meetings(Registry& r, const std::string& where, const std::vector<std::string>& params, int max,
              DigestSection<DigestMeeting>& section) {
    section.total = std::size_t(count(r, "SELECT count(*) FROM meeting m WHERE " + where, params));
    std::vector<std::string> with_limit = params;
    with_limit.push_back(std::to_string(max));
    std::vector<DigestMeeting> found;
    {
        SQLite::Statement& q = prepared(
            r,
            "SELECT m.id, m.date, m.status, m.title, m.end_date, m.time, m.timezone, m.place, m.country, m.host "
            "FROM meeting m WHERE " + where + " ORDER BY m.date, coalesce(m.time, ''), m.id LIMIT CAST(?" +
                std::to_string(with_limit.size()) + " AS INTEGER)",
            with_limit);
        while (q.executeStep()) {
            DigestMeeting m;
            m.id = q.getColumn(0).getInt64();
            m.date = q.getColumn(1).getString();
            m.status = q.getColumn(2).getString();
            m.title = column_value(q.getColumn(3));
            m.end_date = column_value(q.getColumn(4));
            m.time = column_value(q.getColumn(5));
            m.timezone = column_value(q.getColumn(6));
            m.place = column_value(q.getColumn(7));
            m.country = column_value(q.getColumn(8));
            m.host = column_value(q.getColumn(9));
            found.push_back(std::move(m));
        }
    }
    for (auto& m : found) {
        SQLite::Statement& a = r.statement("SELECT institution FROM meeting_attendee WHERE meeting = ? ORDER BY institution");
        a.bind(1, m.id);
        while (a.executeStep()) m.attendees.push_back(a.getColumn(0).getString());
        SQLite::Statement& p = r.statement("SELECT id, title FROM project WHERE meeting = ? ORDER BY id");
        p.bind(1, m.id);
        while (p.executeStep()) m.projects.emplace_back(p.getColumn(0).getInt64(), p.getColumn(1).getString());
    }
    section.items = std::move(found);
}

DigestProject read_project(SQLite::Statement& q) {
    DigestProject p;
    p.id = q.getColumn(0).getInt64();
    p.title = q.getColumn(1).getString();
    p.area = q.getColumn(2).getString();
    p.lead = q.getColumn(3).getString();
    p.status = q.getColumn(4).getString();
    p.end_on = column_value(q.getColumn(5));
    if (!q.getColumn(6).isNull()) p.budget = format_amount(q.getColumn(6).getInt64());
    p.currency = column_value(q.getColumn(7));
    return p;
}

}  // namespace

Digest build_digest(Registry& r, const DigestOptions& o) {
    Digest d;
    d.options = o;
    d.title = o.title.empty() ? std::string(w::word("title", o.language)) : o.title;
    const std::string from = o.from.iso(), to = o.to.iso();
    const std::string ahead = o.to.plus_days(7 * o.upcoming_weeks).iso(), after = o.to.plus_days(1).iso();
    const int max = o.max_items;

    // Accessions and withdrawals.
    d.membership.total = std::size_t(count(r, "SELECT count(*) FROM membership_event WHERE date BETWEEN ?1 AND ?2", {from, to}));
    {
        SQLite::Statement& q = prepared(r,
                                        "SELECT e.institution, i.name, e.kind, e.date, e.place, e.reference FROM membership_event e "
                                        "JOIN institution i ON i.code = e.institution WHERE e.date BETWEEN ?1 AND ?2 "
                                        "ORDER BY e.date, e.id LIMIT CAST(?3 AS INTEGER)",
                                        {from, to, std::to_string(max)});
        while (q.executeStep())
            d.membership.items.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                                          q.getColumn(3).getString(), column_value(q.getColumn(4)), column_value(q.getColumn(5))});
    }
    d.membership.command = fmt::format("pymes institution list --as-of {}", to);

    // Meetings in the period, and those coming.
    meetings(r, "m.date BETWEEN ?1 AND ?2 AND m.status <> 'cancelled'", {from, to}, max, d.meetings_held);
    d.meetings_held.command = fmt::format("pymes meeting list --from {} --to {}", from, to);
    meetings(r, "m.date BETWEEN ?1 AND ?2 AND m.status = 'scheduled'", {after, ahead}, max, d.meetings_upcoming);
    d.meetings_upcoming.command = fmt::format("pymes meeting list --status scheduled --from {} --to {}", after, ahead);

    // Projects added or changing status in the period, from the history.
    {
        const std::string period = "h.entity = 'project' AND h.at >= ?1 AND h.at < ?2 "
                                   "AND (h.action = 'add' OR json_extract(h.changes, '$.status') IS NOT NULL)";
        const std::string end = o.to.plus_days(1).iso();
        SQLite::Statement& q = prepared(
            r,
            "SELECT p.id, p.title, p.area, p.lead, p.status, p.end_on, p.budget_minor, p.currency, "
            " (SELECT json_extract(h2.changes, '$.status[0]') FROM history h2 WHERE h2.entity = 'project' "
            "  AND h2.key = CAST(p.id AS TEXT) AND h2.at >= ?1 AND h2.at < ?2 ORDER BY h2.id LIMIT 1) AS first_status "
            "FROM project p WHERE CAST(p.id AS TEXT) IN (SELECT h.key FROM history h WHERE " + period + ") ORDER BY p.id",
            {from, end});
        while (q.executeStep()) {
            DigestProject p = read_project(q);
            p.previous_status = column_value(q.getColumn(8));  // null: the first change was the addition
            if (p.previous_status == p.status) continue;  // changed and changed back
            ++d.projects_changed.total;
            if (int(d.projects_changed.items.size()) < max) d.projects_changed.items.push_back(std::move(p));
        }
        d.projects_changed.command = fmt::format("pymes log --entity project --since {}", from);
    }
    {
        const std::string where = "p.status IN ('approved', 'active') AND p.end_on BETWEEN ?1 AND ?2";
        d.projects_ending.total = std::size_t(count(r, "SELECT count(*) FROM project p WHERE " + where, {from, ahead}));
        SQLite::Statement& q = prepared(r,
                                        "SELECT p.id, p.title, p.area, p.lead, p.status, p.end_on, p.budget_minor, p.currency "
                                        "FROM project p WHERE " + where + " ORDER BY p.end_on, p.id LIMIT CAST(?3 AS INTEGER)",
                                        {from, ahead, std::to_string(max)});
        while (q.executeStep()) d.projects_ending.items.push_back(read_project(q));
        d.projects_ending.command = "pymes project list --status active";
    }

    // Activities recorded in the period, and taking place in it.
    activities(r, "activity_by_recorded_on", "a.recorded_on BETWEEN ?1 AND ?2", {from, to}, max, d.activities_recorded,
               d.recorded_by_area);
    d.activities_recorded.command = fmt::format("pymes activity list --recorded-from {} --recorded-to {}", from, to);
    activities(r, "activity_by_span", "coalesce(a.end_on, a.start_on) >= ?1 AND a.start_on <= ?2", {from, to}, max,
               d.activities_taking_place, d.taking_place_by_area);
    d.activities_taking_place.command = fmt::format("pymes activity list --from {} --to {}", from, to);

    // Totals: parties on the last day of the period, active projects, activities of its year.
    d.parties = count(r,
                      "SELECT count(*) FROM institution i WHERE (SELECT kind FROM membership_event e "
                      "WHERE e.institution = i.code AND e.date <= ?1 ORDER BY e.date DESC, e.id DESC LIMIT 1) "
                      "IN ('founding', 'accession')",
                      {to});
    d.active_projects = count(r, "SELECT count(*) FROM project WHERE status = 'active'", {});
    d.activities_this_year = count(r,
                                   "SELECT count(*) FROM activity a INDEXED BY activity_by_span "
                                   "WHERE coalesce(a.end_on, a.start_on) >= ?1 AND a.start_on <= ?2",
                                   {fmt::format("{:04}-01-01", o.to.year()), fmt::format("{:04}-12-31", o.to.year())});
    return d;
}

namespace {

/// What every format says, as lines of prose: built once, shown by text, Markdown and HTML.
struct Line {
    std::string text;
    bool highlight = false;
    std::vector<std::string> details;
};
struct Group {
    std::string heading;  ///< an area, then an institution
    std::vector<Group> groups;
    std::vector<Line> lines;
};
struct More {
    std::string text;     ///< "and 3 more, listed by:"; empty when all are shown
    std::string command;  ///< shown whole, never wrapped: people copy it
};
struct Section {
    std::string key;
    std::string heading;
    std::string summary;  ///< counts by area
    std::vector<Line> lines;
    std::vector<Group> groups;
    More more;
};

template <class... A>
std::string say(std::string_view key, std::string_view language, A&&... args) {
    return fmt::format(fmt::runtime(w::word(key, language)), std::forward<A>(args)...);
}

/// The first date of a span without what it shares with the last, as people write spans:
/// "17" of "17–20 de noviembre de 2026", "28 de noviembre" of "28 de noviembre – 3 de diciembre
/// de 2026"; whole across years.
std::string span_start(const Date& a, const Date& b, std::string_view l) {
    if (a.year() != b.year()) return long_date(a.iso(), l);
    if (a.month() != b.month()) return fmt::format("{}{}{}", a.day(), l == "en" ? " " : " de ", w::month(a.month(), l));
    return std::to_string(a.day());
}

std::string dates(const std::optional<std::string>& start, const std::optional<std::string>& end, std::string_view l) {
    if (!start) return {};
    if (!end || *end == *start) return long_date(*start, l);
    const auto a = Date::parse_iso(*start), b = Date::parse_iso(*end);
    if (!a || !b) return *start + " – " + *end;
    const bool one_month = a->year() == b->year() && a->month() == b->month();
    return span_start(*a, *b, l) + (one_month ? "–" : " – ") + long_date(*end, l);
}

std::string meeting_line(const DigestMeeting& m, std::string_view l) {
    std::string s = dates(m.date, m.end_date, l);
    if (m.time) s += ", " + *m.time + (m.timezone ? " (" + *m.timezone + ")" : "");
    s += ": " + (m.title ? *m.title : std::string(w::word("meeting", l)));
    if (m.place) s += ", " + *m.place;
    if (m.country) s += " (" + *m.country + ")";
    if (m.host) s += "; " + std::string(w::word("host", l)) + " " + *m.host;
    return s;
}

Line meeting_item(const DigestMeeting& m, std::string_view l) {
    Line line{meeting_line(m, l), false, {}};
    if (!m.attendees.empty()) {
        std::string a;
        for (const auto& c : m.attendees) a += (a.empty() ? "" : ", ") + c;
        line.details.push_back(std::string(w::word("attending", l)) + ": " + a);
    }
    if (!m.projects.empty()) {
        std::string p;
        for (const auto& [id, title] : m.projects) p += (p.empty() ? "" : "; ") + fmt::format("#{} {}", id, title);
        line.details.push_back(std::string(w::word("selected", l)) + ": " + p);
    }
    return line;
}

std::string project_line(const DigestProject& p, std::string_view l, bool ending) {
    std::string s = fmt::format("#{} {} ({}, {})", p.id, p.title, p.lead, area_label(p.area, l));
    if (ending) return s + ": " + say("ends", l, long_date(*p.end_on, l));
    if (!p.previous_status) return s + ": " + std::string(w::word("added", l)) + ", " + std::string(w::word(p.status, l));
    return s + ": " + std::string(w::word(*p.previous_status, l)) + " → " + std::string(w::word(p.status, l));
}

std::string area_summary(const std::vector<AreaCount>& counts, std::string_view l) {
    std::string s = std::string(w::word("by_area", l)) + ": ";
    for (std::size_t i = 0; i < counts.size(); ++i)
        s += (i ? ", " : "") + fmt::format("{} {}", area_label(counts[i].area, l), counts[i].count);
    return s;
}

std::vector<Group> activity_groups(const std::vector<DigestActivity>& items, std::string_view l) {
    std::vector<Group> areas;
    for (const auto& a : items) {
        std::string area = area_label(a.area, l);
        if (!area.empty() && area[0] >= 'a' && area[0] <= 'z') area[0] = char(area[0] - 32);  // labels start in ASCII
        if (areas.empty() || areas.back().heading != area) areas.push_back({area, {}, {}});
        auto& institutions = areas.back().groups;
        const std::string who = fmt::format("{} ({})", a.institution_name, a.institution);
        if (institutions.empty() || institutions.back().heading != who) institutions.push_back({who, {}, {}});
        std::string text = a.title;
        if (auto when = dates(a.start_on, a.end_on, l); !when.empty()) text += ", " + when;
        text += " (" + std::string(w::word(a.status, l)) + ")";
        institutions.back().lines.push_back({text, a.highlight, {}});
    }
    return areas;
}

template <class T>
More more(const DigestSection<T>& s, std::string_view l) {
    if (s.total <= s.items.size()) return {};
    return {say("more", l, s.total - s.items.size()), s.command};
}

std::vector<Section> sections(const Digest& d) {
    const std::string& l = d.options.language;
    std::vector<Section> out;
    if (d.membership.total) {
        Section s{"membership", std::string(w::word("membership", l)), {}, {}, {}, more(d.membership, l)};
        for (const auto& m : d.membership.items) {
            std::string t = fmt::format("{} ({}): {} {}", m.name, m.code, w::word(m.kind, l), say("on", l, long_date(m.date, l)));
            if (m.place) t += ", " + *m.place;
            if (m.reference) t += " (" + *m.reference + ")";
            s.lines.push_back({t, false, {}});
        }
        out.push_back(std::move(s));
    }
    for (auto [key, section] : {std::pair{"meetings_held", &d.meetings_held}, std::pair{"meetings_upcoming", &d.meetings_upcoming}}) {
        if (!section->total) continue;
        Section s{key, std::string(w::word(key, l)), {}, {}, {}, more(*section, l)};
        for (const auto& m : section->items) s.lines.push_back(meeting_item(m, l));
        out.push_back(std::move(s));
    }
    for (auto [key, section] : {std::pair{"projects_changed", &d.projects_changed}, std::pair{"projects_ending", &d.projects_ending}}) {
        if (!section->total) continue;
        Section s{key, std::string(w::word(key, l)), {}, {}, {}, more(*section, l)};
        for (const auto& p : section->items) s.lines.push_back({project_line(p, l, section == &d.projects_ending), false, {}});
        out.push_back(std::move(s));
    }
    if (d.activities_recorded.total)
        out.push_back({"activities_recorded", fmt::format("{} ({})", w::word("activities_recorded", l), d.activities_recorded.total),
                       area_summary(d.recorded_by_area, l), {}, activity_groups(d.activities_recorded.items, l),
                       more(d.activities_recorded, l)});
    if (d.activities_taking_place.total)
        out.push_back({"activities_taking_place",
                       fmt::format("{} ({})", w::word("activities_taking_place", l), d.activities_taking_place.total),
                       area_summary(d.taking_place_by_area, l), {}, activity_groups(d.activities_taking_place.items, l),
                       more(d.activities_taking_place, l)});
    return out;
}

std::string period_line(const Digest& d) {
    const auto& o = d.options;
    if (!o.week && o.from == o.to) return say("day", o.language, "", long_date(o.from.iso(), o.language));
    return say(o.week ? "week" : "range", o.language, o.week ? o.week->label() : "", span_start(o.from, o.to, o.language),
               long_date(o.to.iso(), o.language));
}

std::vector<std::string> totals(const Digest& d) {
    const std::string& l = d.options.language;
    return {fmt::format("{}: {}", w::word("parties", l), d.parties),
            fmt::format("{}: {}", w::word("active_projects", l), d.active_projects),
            fmt::format("{}: {}", say("activities_year", l, d.options.to.year()), d.activities_this_year)};
}

// ---- text, wrapped at 72 columns --------------------------------------------------------

void wrap(std::ostream& out, const std::string& text, std::size_t indent, const std::string& first_prefix) {
    constexpr std::size_t kWidth = 72;
    std::string line = std::string(indent, ' ') + first_prefix;
    const std::string hanging(indent + text::display_width(first_prefix), ' ');
    std::size_t used = text::display_width(line);
    bool fresh = true;
    std::istringstream words(text);
    std::string word;
    while (words >> word) {
        const std::size_t wlen = text::display_width(word);
        if (!fresh && used + 1 + wlen > kWidth) {
            out << line << '\n';
            line = hanging;
            used = hanging.size();
            fresh = true;
        }
        if (!fresh) {
            line += ' ';
            ++used;
        }
        line += word;
        used += wlen;
        fresh = false;
    }
    out << line << '\n';
}

void underline(std::ostream& out, const std::string& heading, char c) {
    out << heading << '\n' << std::string(text::display_width(heading), c) << '\n';
}

void render_text(std::ostream& out, const Digest& d) {
    underline(out, d.title, '=');
    wrap(out, period_line(d) + ". " + say("as_of", d.options.language, long_date(d.options.as_of.iso(), d.options.language)), 0, "");
    if (d.empty()) {
        out << '\n';
        wrap(out, std::string(w::word("empty", d.options.language)), 0, "");
        return;
    }
    for (const auto& s : sections(d)) {
        out << '\n';
        underline(out, s.heading, '-');
        if (!s.summary.empty()) wrap(out, s.summary, 0, "");
        for (const auto& line : s.lines) {
            wrap(out, line.text, 0, "- ");
            for (const auto& detail : line.details) wrap(out, detail, 2, "");
        }
        for (const auto& area : s.groups) {
            out << '\n' << area.heading << '\n';
            for (const auto& who : area.groups) {
                out << "  " << who.heading << '\n';
                for (const auto& line : who.lines) wrap(out, line.text, 2, line.highlight ? "* " : "- ");
            }
        }
        if (!s.more.text.empty()) {
            wrap(out, s.more.text, 0, "");
            out << "  " << s.more.command << '\n';
        }
    }
    out << '\n';
    underline(out, std::string(w::word("totals", d.options.language)), '-');
    for (const auto& t : totals(d)) out << t << '\n';
}

// ---- Markdown ----------------------------------------------------------------------------

std::string md(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

void render_markdown(std::ostream& out, const Digest& d) {
    const auto& l = d.options.language;
    out << "# " << md(d.title) << "\n\n" << md(period_line(d)) << ". " << md(say("as_of", l, long_date(d.options.as_of.iso(), l))) << '\n';
    if (d.empty()) {
        out << '\n' << md(std::string(w::word("empty", l))) << '\n';
        return;
    }
    for (const auto& s : sections(d)) {
        out << "\n## " << md(s.heading) << "\n\n";
        if (!s.summary.empty()) out << md(s.summary) << "\n\n";
        for (const auto& line : s.lines) {
            out << "- " << md(line.text) << '\n';
            for (const auto& detail : line.details) out << "  - " << md(detail) << '\n';
        }
        for (const auto& area : s.groups) {
            out << "### " << md(area.heading) << "\n\n";
            for (const auto& who : area.groups) {
                out << "- **" << md(who.heading) << "**\n";
                for (const auto& line : who.lines)
                    out << "  - " << (line.highlight ? "★ **" + md(line.text) + "**" : md(line.text)) << '\n';
            }
            out << '\n';
        }
        if (!s.more.text.empty())
            out << (s.groups.empty() ? "\n" : "") << "_" << md(s.more.text) << "_ `" << s.more.command << "`\n";
    }
    out << "\n## " << md(std::string(w::word("totals", l))) << "\n\n";
    for (const auto& t : totals(d)) out << "- " << md(t) << '\n';
}

// ---- HTML: one self-contained page for a mail body ------------------------------------------

std::string html(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

void render_html(std::ostream& out, const Digest& d) {
    const auto& l = d.options.language;
    constexpr const char* kFont = "font-family:Arial,Helvetica,sans-serif;color:#1f2933;";
    out << "<!DOCTYPE html>\n<html lang=\"" << html(l) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" << html(d.title)
        << "</title>\n</head>\n<body style=\"margin:0;padding:0;background:#f4f5f7;\">\n"
        << "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f5f7;\">"
        << "<tr><td align=\"center\" style=\"padding:16px;\">\n"
        << "<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:640px;width:100%;"
           "background:#ffffff;border:1px solid #d9dde3;\"><tr><td style=\"padding:24px;" << kFont << "font-size:15px;line-height:1.5;\">\n";
    out << "<h1 style=\"" << kFont << "font-size:22px;margin:0 0 8px;color:#0b4f6c;\">" << html(d.title) << "</h1>\n";
    out << "<p style=\"margin:0 0 16px;color:#52606d;\">" << html(period_line(d)) << ". "
        << html(say("as_of", l, long_date(d.options.as_of.iso(), l))) << "</p>\n";
    const bool empty = d.empty();
    if (empty) out << "<p style=\"margin:0 0 16px;\">" << html(std::string(w::word("empty", l))) << "</p>\n";
    const std::string h2 = std::string("<h2 style=\"") + kFont + "font-size:17px;margin:20px 0 8px;color:#0b4f6c;"
                           "border-bottom:1px solid #d9dde3;padding-bottom:4px;\">";
    for (const auto& s : sections(d)) {
        out << h2 << html(s.heading) << "</h2>\n";
        if (!s.summary.empty()) out << "<p style=\"margin:0 0 8px;color:#52606d;\">" << html(s.summary) << "</p>\n";
        if (!s.lines.empty()) {
            out << "<ul style=\"margin:0 0 8px;padding-left:20px;\">\n";
            for (const auto& line : s.lines) {
                out << "<li style=\"margin:0 0 6px;\">" << html(line.text);
                for (const auto& detail : line.details)
                    out << "<br><span style=\"color:#52606d;font-size:13px;\">" << html(detail) << "</span>";
                out << "</li>\n";
            }
            out << "</ul>\n";
        }
        for (const auto& area : s.groups) {
            out << "<h3 style=\"" << kFont << "font-size:15px;margin:12px 0 4px;\">" << html(area.heading) << "</h3>\n";
            for (const auto& who : area.groups) {
                out << "<p style=\"margin:4px 0 2px;font-weight:bold;\">" << html(who.heading) << "</p>\n"
                    << "<ul style=\"margin:0 0 8px;padding-left:20px;\">\n";
                for (const auto& line : who.lines)
                    out << "<li style=\"margin:0 0 4px;\">"
                        << (line.highlight ? "<strong>&#9733; " + html(line.text) + "</strong>" : html(line.text)) << "</li>\n";
                out << "</ul>\n";
            }
        }
        if (!s.more.text.empty())
            out << "<p style=\"margin:4px 0 8px;color:#52606d;font-size:13px;\">" << html(s.more.text) << " <code>"
                << html(s.more.command) << "</code></p>\n";
    }
    if (!empty) {
        out << h2 << html(std::string(w::word("totals", l))) << "</h2>\n<ul style=\"margin:0;padding-left:20px;\">\n";
        for (const auto& t : totals(d)) out << "<li>" << html(t) << "</li>\n";
        out << "</ul>\n";
    }
    out << "</td></tr></table>\n</td></tr></table>\n</body>\n</html>\n";
}

// ---- JSON: the same content, typed --------------------------------------------------------

void js(std::ostream& out, const std::string& s) { write_json_string(out, s); }
void js(std::ostream& out, const std::optional<std::string>& s) {
    if (s) write_json_string(out, *s);
    else out << "null";
}

template <class T, class F>
void json_section(std::ostream& out, const char* key, const DigestSection<T>& s, F item) {
    out << "\"" << key << "\":{\"total\":" << s.total << ",\"command\":";
    js(out, s.command);
    out << ",\"items\":[";
    for (std::size_t i = 0; i < s.items.size(); ++i) {
        if (i) out << ',';
        out << '{';
        item(s.items[i]);
        out << '}';
    }
    out << "]}";
}

void render_json_digest(std::ostream& out, const Digest& d) {
    const auto& o = d.options;
    out << "{\"title\":";
    js(out, d.title);
    out << ",\"language\":";
    js(out, o.language);
    out << ",\"from\":";
    js(out, o.from.iso());
    out << ",\"to\":";
    js(out, o.to.iso());
    out << ",\"week\":";
    js(out, o.week ? std::optional(o.week->label()) : std::nullopt);
    out << ",\"as_of\":";
    js(out, o.as_of.iso());
    out << ",\"empty\":" << (d.empty() ? "true" : "false") << ",\n";
    json_section(out, "membership", d.membership, [&](const DigestMembership& m) {
        out << "\"code\":"; js(out, m.code);
        out << ",\"name\":"; js(out, m.name);
        out << ",\"event\":"; js(out, m.kind);
        out << ",\"date\":"; js(out, m.date);
        out << ",\"place\":"; js(out, m.place);
        out << ",\"reference\":"; js(out, m.reference);
    });
    out << ",\n";
    auto meeting = [&](const DigestMeeting& m) {
        out << "\"id\":" << m.id << ",\"date\":"; js(out, m.date);
        out << ",\"end_date\":"; js(out, m.end_date);
        out << ",\"time\":"; js(out, m.time);
        out << ",\"timezone\":"; js(out, m.timezone);
        out << ",\"title\":"; js(out, m.title);
        out << ",\"place\":"; js(out, m.place);
        out << ",\"country\":"; js(out, m.country);
        out << ",\"host\":"; js(out, m.host);
        out << ",\"status\":"; js(out, m.status);
        out << ",\"attendees\":[";
        for (std::size_t i = 0; i < m.attendees.size(); ++i) { if (i) out << ','; js(out, m.attendees[i]); }
        out << "],\"projects\":[";
        for (std::size_t i = 0; i < m.projects.size(); ++i) {
            if (i) out << ',';
            out << "{\"id\":" << m.projects[i].first << ",\"title\":";
            js(out, m.projects[i].second);
            out << '}';
        }
        out << ']';
    };
    json_section(out, "meetings_held", d.meetings_held, meeting);
    out << ",\n";
    json_section(out, "meetings_upcoming", d.meetings_upcoming, meeting);
    out << ",\n";
    auto project = [&](const DigestProject& p) {
        out << "\"id\":" << p.id << ",\"title\":"; js(out, p.title);
        out << ",\"area\":"; js(out, p.area);
        out << ",\"lead\":"; js(out, p.lead);
        out << ",\"status\":"; js(out, p.status);
        out << ",\"previous_status\":"; js(out, p.previous_status);
        out << ",\"end_on\":"; js(out, p.end_on);
        out << ",\"budget\":" << (p.budget ? "\"" + *p.budget + "\"" : std::string("null")) << ",\"currency\":"; js(out, p.currency);
    };
    json_section(out, "projects_changed", d.projects_changed, project);
    out << ",\n";
    json_section(out, "projects_ending", d.projects_ending, project);
    out << ",\n";
    auto activity = [&](const DigestActivity& a) {
        out << "\"id\":" << a.id << ",\"institution\":"; js(out, a.institution);
        out << ",\"area\":"; js(out, a.area);
        out << ",\"title\":"; js(out, a.title);
        out << ",\"status\":"; js(out, a.status);
        out << ",\"start_on\":"; js(out, a.start_on);
        out << ",\"end_on\":"; js(out, a.end_on);
        out << ",\"highlight\":" << (a.highlight ? "true" : "false");
    };
    json_section(out, "activities_recorded", d.activities_recorded, activity);
    out << ",\n";
    json_section(out, "activities_taking_place", d.activities_taking_place, activity);
    auto counts = [&](const char* key, const std::vector<AreaCount>& c) {
        out << ",\n\"" << key << "\":{";
        for (std::size_t i = 0; i < c.size(); ++i) out << (i ? "," : "") << "\"" << c[i].area << "\":" << c[i].count;
        out << '}';
    };
    counts("recorded_by_area", d.recorded_by_area);
    counts("taking_place_by_area", d.taking_place_by_area);
    out << ",\n\"totals\":{\"parties\":" << d.parties << ",\"active_projects\":" << d.active_projects
        << ",\"activities_this_year\":" << d.activities_this_year << "}}\n";
}

}  // namespace

void render_digest(std::ostream& out, const Digest& d, DigestFormat format) {
    switch (format) {
        case DigestFormat::text: render_text(out, d); break;
        case DigestFormat::markdown: render_markdown(out, d); break;
        case DigestFormat::html: render_html(out, d); break;
        case DigestFormat::json: render_json_digest(out, d); break;
    }
}

}  // namespace pymes
