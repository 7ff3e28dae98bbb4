// The digest as prose: the lines every format for people shows, built once from a Digest.
#include "report/digest_model.hpp"

#include <fmt/format.h>

#include "pymes/core/areas.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/status.hpp"

namespace pymes {

std::string long_date(const std::string& iso, Language language) {
    auto d = Date::parse_iso(iso);
    if (!d) return iso;
    // TRANSLATORS: a date in the digest: {0} the day, {1} the month's name, {2} the year.
    return fmt::format(fmt::runtime(trc_in(language, "digest date", "{0} {1} {2}")), d->day(),
                       digest_text::month(d->month(), language), d->year());
}

namespace digest_model {

namespace {

/// The event's words; the stored name for a kind the catalogue does not know.
std::string_view kind(const std::string& stored, Language l) {
    if (auto k = parse_membership_kind(stored)) return w::kind_word(*k, l);
    return stored;
}

/// The first date of a span without what it shares with the last, as people write spans:
/// "17" of "17–20 de noviembre de 2026", "28 de noviembre" of "28 de noviembre – 3 de diciembre
/// de 2026"; whole across years.
std::string span_start(const Date& a, const Date& b, Language l) {
    if (a.year() != b.year()) return long_date(a.iso(), l);
    if (a.month() != b.month())
        // TRANSLATORS: the first day of a span in the digest: {0} the day, {1} the month.
        return fmt::format(fmt::runtime(trc_in(l, "digest date", "{0} {1}")), a.day(),
                           w::month(a.month(), l));
    return std::to_string(a.day());
}

std::string dates(const std::optional<std::string>& start, const std::optional<std::string>& end,
                  Language l) {
    if (!start) return {};
    if (!end || *end == *start) return long_date(*start, l);
    const auto a = Date::parse_iso(*start), b = Date::parse_iso(*end);
    if (!a || !b) return *start + " – " + *end;
    const bool one_month = a->year() == b->year() && a->month() == b->month();
    return span_start(*a, *b, l) + (one_month ? "–" : " – ") + long_date(*end, l);
}

std::string meeting_line(const DigestMeeting& m, Language l) {
    std::string s = dates(m.date, m.end_date, l);
    if (m.time) s += ", " + *m.time + (m.timezone ? " (" + *m.timezone + ")" : "");
    s += ": " + (m.title ? *m.title : std::string(w::word("meeting", l)));
    if (m.place) s += ", " + *m.place;
    if (m.country) s += " (" + *m.country + ")";
    if (m.host) s += "; " + std::string(w::word("host", l)) + " " + *m.host;
    return s;
}

Line meeting_item(const DigestMeeting& m, Language l) {
    Line line{meeting_line(m, l), false, {}};
    if (!m.attendees.empty()) {
        std::string a;
        for (const auto& c : m.attendees) a += (a.empty() ? "" : ", ") + c;
        line.details.push_back(std::string(w::word("attending", l)) + ": " + a);
    }
    if (!m.projects.empty()) {
        std::string p;
        for (const auto& [id, title] : m.projects)
            p += (p.empty() ? "" : "; ") + fmt::format("#{} {}", id, title);
        line.details.push_back(std::string(w::word("selected", l)) + ": " + p);
    }
    return line;
}

std::string project_line(const DigestProject& p, Language l, bool ending) {
    std::string s = fmt::format("#{} {} ({}, {})", p.id, p.title, p.lead, area_label(p.area, l));
    if (ending) return s + ": " + say("ends", l, long_date(*p.end_on, l));
    if (!p.previous_status)
        return s + ": " + std::string(w::word("added", l)) + ", " +
               std::string(status_label_in(l, Entity::project, p.status));
    return s + ": " + std::string(status_label_in(l, Entity::project, *p.previous_status)) + " → " +
           std::string(status_label_in(l, Entity::project, p.status));
}

std::string area_summary(const std::vector<AreaCount>& counts, Language l) {
    std::string s = std::string(w::word("by_area", l)) + ": ";
    for (std::size_t i = 0; i < counts.size(); ++i)
        s += (i ? ", " : "") + fmt::format("{} {}", area_label(counts[i].area, l), counts[i].count);
    return s;
}

std::vector<Group> activity_groups(const std::vector<DigestActivity>& items, Language l) {
    std::vector<Group> areas;
    for (const auto& a : items) {
        std::string area = area_label(a.area, l);
        if (!area.empty() && area[0] >= 'a' && area[0] <= 'z')
            area[0] = char(area[0] - 32);  // labels start in ASCII
        if (areas.empty() || areas.back().heading != area) areas.push_back({area, {}, {}});
        auto& institutions = areas.back().groups;
        const std::string who = fmt::format("{} ({})", a.institution_name, a.institution);
        if (institutions.empty() || institutions.back().heading != who)
            institutions.push_back({who, {}, {}});
        std::string text = a.title;
        if (auto when = dates(a.start_on, a.end_on, l); !when.empty()) text += ", " + when;
        text += " (" + std::string(status_label_in(l, Entity::activity, a.status)) + ")";
        institutions.back().lines.push_back({text, a.highlight, {}});
    }
    return areas;
}

template <class T>
std::vector<More> more(const DigestSection<T>& s, Language l, std::size_t after = std::size_t(-1)) {
    if (s.total <= s.items.size()) return {};
    return {{say("more", l, s.total - s.items.size()), s.command, after}};
}

/// "Corporación Andina de Fomento (CAF): adhesión el 18 de noviembre de 2026, Caracas (Nota
/// 5/2026)"; an event recorded late says so: "...: adhesión registrada esta semana, con fecha
/// 15 de septiembre de 2026, ...".
std::string membership_line(const DigestMembership& m, bool late, bool week, Language l) {
    const auto k = parse_membership_kind(m.kind);
    std::string when = say("on", l, long_date(m.date, l));
    if (late && k)
        when = fmt::format(fmt::runtime(w::late_word(*k, week, l)), long_date(m.date, l));
    std::string t = fmt::format("{} ({}): {} {}", m.name, m.code, kind(m.kind, l), when);
    if (m.place) t += ", " + *m.place;
    if (m.reference) t += " (" + *m.reference + ")";
    return t;
}

}  // namespace

std::vector<const More*> mores_after_line(const Section& s, std::size_t i) {
    std::vector<const More*> out;
    if (i + 1 >= s.lines.size()) return out;
    for (const auto& m : s.more)
        if (m.after == i + 1) out.push_back(&m);
    return out;
}

std::vector<const More*> mores_at_end(const Section& s) {
    std::vector<const More*> out;
    for (const auto& m : s.more)
        if (m.after >= s.lines.size()) out.push_back(&m);
    return out;
}

std::vector<Section> sections(const Digest& d) {
    const Language l = d.options.language;
    std::vector<Section> out;
    if (d.membership.total || d.membership_late.total) {
        Section s{"membership", std::string(w::word("membership", l)), {}, {}, {}, {}};
        const bool week = d.options.week.has_value();
        for (const auto& m : d.membership.items)
            s.lines.push_back({membership_line(m, false, week, l), false, {}});
        s.more = more(d.membership, l, s.lines.size());
        for (const auto& m : d.membership_late.items)
            s.lines.push_back({membership_line(m, true, week, l), false, {}});
        for (auto& m : more(d.membership_late, l)) s.more.push_back(std::move(m));
        out.push_back(std::move(s));
    }
    for (auto [key, section] : {std::pair{"meetings_held", &d.meetings_held},
                                std::pair{"meetings_upcoming", &d.meetings_upcoming}}) {
        if (!section->total) continue;
        Section s{key, std::string(w::word(w::Key::named(key), l)), {}, {}, {}, more(*section, l)};
        for (const auto& m : section->items) s.lines.push_back(meeting_item(m, l));
        out.push_back(std::move(s));
    }
    for (auto [key, section] : {std::pair{"projects_changed", &d.projects_changed},
                                std::pair{"projects_ending", &d.projects_ending}}) {
        if (!section->total) continue;
        Section s{key, std::string(w::word(w::Key::named(key), l)), {}, {}, {}, more(*section, l)};
        for (const auto& p : section->items)
            s.lines.push_back({project_line(p, l, section == &d.projects_ending), false, {}});
        out.push_back(std::move(s));
    }
    if (d.activities_recorded.total)
        out.push_back(
            {"activities_recorded",
             fmt::format("{} ({})", w::word("activities_recorded", l), d.activities_recorded.total),
             area_summary(d.recorded_by_area, l),
             {},
             activity_groups(d.activities_recorded.items, l),
             more(d.activities_recorded, l)});
    if (d.activities_taking_place.total)
        out.push_back({"activities_taking_place",
                       fmt::format("{} ({})", w::word("activities_taking_place", l),
                                   d.activities_taking_place.total),
                       area_summary(d.taking_place_by_area, l),
                       {},
                       activity_groups(d.activities_taking_place.items, l),
                       more(d.activities_taking_place, l)});
    return out;
}

std::string period_line(const Digest& d) {
    const auto& o = d.options;
    if (!o.week && o.from == o.to)
        return say("day", o.language, "", long_date(o.from.iso(), o.language));
    return say(o.week ? w::Key("week") : w::Key("range"), o.language, o.week ? o.week->label() : "",
               span_start(o.from, o.to, o.language), long_date(o.to.iso(), o.language));
}

std::vector<std::string> totals(const Digest& d) {
    const Language l = d.options.language;
    return {fmt::format("{}: {}", w::word("parties", l), d.parties),
            fmt::format("{}: {}", w::word("active_projects", l), d.active_projects),
            fmt::format("{}: {}", say("activities_year", l, d.options.to.year()),
                        d.activities_this_year)};
}

}  // namespace digest_model

}  // namespace pymes
