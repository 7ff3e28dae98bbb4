// The annual report as blocks of prose, tables and charts, built once from an AnnualReport for
// the text, Markdown and HTML renderers.
#include "report/annual_model.hpp"

#include <fmt/format.h>

#include <set>

#include "pymes/core/areas.hpp"
#include "pymes/core/money.hpp"
#include "pymes/core/status.hpp"
#include "pymes/report/digest.hpp"
#include "report/digest_catalogue.hpp"

namespace pymes::annual_model {

namespace {

namespace dw = digest_text;

std::string word(annual_text::Key key, Language l) {
    return std::string(annual_text::word(key, l));
}

std::string signed_count(std::int64_t n) {
    return n > 0 ? fmt::format("+{}", n) : fmt::format("{}", n);
}

std::string signed_amount(std::int64_t minor) {
    if (minor == 0) return "0.00";
    return (minor > 0 ? "+" : "-") + format_amount(minor > 0 ? minor : -minor);
}

std::string span(const std::optional<std::string>& start, const std::optional<std::string>& end,
                 Language l) {
    if (!start && !end) return {};
    if (!start) return say("until", l, long_date(*end, l));
    if (!end) return say("from", l, long_date(*start, l));
    if (*end == *start) return long_date(*start, l);
    return long_date(*start, l) + " – " + long_date(*end, l);
}

std::string with_capital(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 32);  // labels start in ASCII
    return s;
}

Block heading(std::string text) { return {Kind::heading, std::move(text), {}, {}, {}}; }
Block paragraph(std::string text) { return {Kind::paragraph, std::move(text), {}, {}, {}}; }
Block list(std::vector<Item> items) { return {Kind::list, {}, std::move(items), {}, {}}; }

/// The year in figures beside the previous year's, with the change.
void summary(const AnnualReport& a, Language l, std::vector<Block>& out) {
    out.push_back(heading(word("summary", l)));
    const AnnualFigures& f = a.figures;
    const AnnualFigures* p = a.previous ? &*a.previous : nullptr;
    Table t;
    t.header = {word("figure", l)};
    if (p) t.header.push_back(std::to_string(p->year));
    t.header.push_back(std::to_string(f.year));
    if (p) t.header.push_back(word("change", l));
    auto row = [&](annual_text::Key key, std::int64_t AnnualFigures::*field) {
        std::vector<std::string> r{word(key, l)};
        if (p) r.push_back(std::to_string(p->*field));
        r.push_back(std::to_string(f.*field));
        if (p) r.push_back(signed_count(f.*field - p->*field));
        t.rows.push_back(std::move(r));
    };
    row("row_parties", &AnnualFigures::parties_at_end);
    // The founding signatures are their own kind (1996 alone has them), never accessions.
    if (f.founding || (p && p->founding)) row("row_founding", &AnnualFigures::founding);
    row("row_accessions", &AnnualFigures::accessions);
    row("row_withdrawals", &AnnualFigures::withdrawals);
    row("row_meetings", &AnnualFigures::meetings_held);
    row("row_projects", &AnnualFigures::projects);
    row("row_activities", &AnnualFigures::activities);
    row("row_highlights", &AnnualFigures::highlights);
    row("row_silent", &AnnualFigures::silent_parties);
    std::set<std::string> currencies;
    for (const auto& [c, n] : f.budgets) currencies.insert(c);
    if (p)
        for (const auto& [c, n] : p->budgets) currencies.insert(c);
    for (const auto& c : currencies) {  // never summed across currencies
        const std::int64_t now = f.budgets.count(c) ? f.budgets.at(c) : 0;
        std::vector<std::string> r{say("row_budget", l, c)};
        if (p) r.push_back(format_amount(p->budgets.count(c) ? p->budgets.at(c) : 0));
        r.push_back(format_amount(now));
        if (p) r.push_back(signed_amount(now - (p->budgets.count(c) ? p->budgets.at(c) : 0)));
        t.rows.push_back(std::move(r));
    }
    out.push_back({Kind::table, {}, {}, std::move(t), {}});
    if (!p) out.push_back(paragraph(word("no_previous", l)));
}

void membership(const AnnualReport& a, Language l, std::vector<Block>& out) {
    const int y = a.options.year;
    out.push_back(heading(word("membership", l)));
    const std::string before = long_date(a.from.plus_days(-1).iso(), l);
    out.push_back(paragraph(say("parties_change", l, a.parties_at_start, before,
                                a.figures.parties_at_end, long_date(a.as_of.iso(), l))));
    if (a.membership.empty()) {
        out.push_back(paragraph(say("membership_none", l, y)));
    } else {
        std::vector<Item> items;
        for (const auto& e : a.membership) {
            std::string_view kind = e.kind;
            if (auto k = parse_membership_kind(e.kind)) kind = dw::kind_word(*k, l);
            std::string t = fmt::format("{} ({}): {} {}", e.name, e.code, kind,
                                        say("on", l, long_date(e.date, l)));
            if (e.place) t += ", " + *e.place;
            if (e.reference) t += " (" + *e.reference + ")";
            items.push_back({t, {}});
        }
        out.push_back(list(std::move(items)));
    }
    Chart c{"parties", true, {}, word("year", l), word("parties", l)};
    for (const auto& [year, n] : a.parties_by_year) c.bars.push_back({std::to_string(year), n});
    out.push_back({Kind::chart, word("chart_parties", l), {}, {}, std::move(c)});
}

void meetings(const AnnualReport& a, Language l, std::vector<Block>& out) {
    out.push_back(heading(fmt::format("{} ({})", word("meetings", l), a.meetings.size())));
    if (a.meetings.empty()) out.push_back(paragraph(say("meetings_none", l, a.options.year)));
    std::vector<Item> items;
    for (const auto& m : a.meetings) {
        std::string s = span(m.date, m.end_date ? m.end_date : m.date, l) + ": " +
                        (m.title ? *m.title : word("meeting", l));
        if (m.place) s += ", " + *m.place;
        if (m.country) s += " (" + *m.country + ")";
        if (m.host) s += "; " + word("host", l) + " " + *m.host;
        Item item{s, {}};
        std::string who;
        for (const auto& c : m.attendees) who += (who.empty() ? "" : ", ") + c;
        item.details.push_back(word("attended", l) + ": " +
                               (who.empty() ? word("none_masculine", l) : who));
        std::string projects;
        for (const auto& [id, title] : m.projects)
            projects += (projects.empty() ? "" : "; ") + fmt::format("#{} {}", id, title);
        item.details.push_back(word("selected", l) + ": " +
                               (projects.empty() ? word("none_masculine", l) : projects));
        items.push_back(std::move(item));
    }
    if (!items.empty()) out.push_back(list(std::move(items)));
    if (a.meetings_scheduled || a.meetings_cancelled)
        out.push_back(
            paragraph(say("meetings_other", l, a.meetings_scheduled, a.meetings_cancelled)));
}

std::string amounts(const CurrencyTotals& totals) {
    std::string s;
    // A no-break space: an amount is never parted from its currency when the line wraps.
    for (const auto& [c, n] : totals)
        s += (s.empty() ? "" : "; ") + format_amount(n) + "\u00a0" + c;
    return s;
}

void projects(const AnnualReport& a, Language l, std::vector<Block>& out) {
    out.push_back(heading(fmt::format("{} ({})", word("projects", l), a.projects.size())));
    if (a.projects.empty()) {
        out.push_back(paragraph(say("projects_none", l, a.options.year)));
        return;
    }
    Table t;
    t.header = {word("status", l), word("row_projects", l), word("budget", l)};
    t.total_row = true;
    CurrencyTotals all;
    for (std::size_t i = 0; i < a.projects.size();) {
        const std::string& status = a.projects[i].status;
        std::size_t n = 0;
        CurrencyTotals budgets;
        for (; i < a.projects.size() && a.projects[i].status == status; ++i, ++n)
            if (a.projects[i].budget && a.projects[i].currency)
                budgets[*a.projects[i].currency] =
                    add_amount(budgets[*a.projects[i].currency], a.projects[i].budget_minor,
                               *a.projects[i].currency);
        for (const auto& [c, m] : budgets) all[c] = add_amount(all[c], m, c);
        t.rows.push_back({std::string(status_label_in(l, Entity::project, status)),
                          std::to_string(n), amounts(budgets)});
    }
    t.rows.push_back({word("total", l), std::to_string(a.projects.size()), amounts(all)});
    out.push_back({Kind::table, {}, {}, std::move(t), {}});
    std::vector<Item> items;
    for (const auto& p : a.projects) {
        std::string s =
            fmt::format("#{} {} ({}, {}): {}", p.id, p.title, p.lead, area_label(p.area, l),
                        status_label_in(l, Entity::project, p.status));
        if (auto when = span(p.start_on, p.end_on, l); !when.empty()) s += ", " + when;
        if (p.budget && p.currency) s += "; " + *p.budget + "\u00a0" + *p.currency;
        items.push_back({s, {}});
    }
    out.push_back(list(std::move(items)));
    out.push_back(paragraph(
        word("budgets", l) + ": " +
        (a.figures.budgets.empty() ? word("budgets_none", l) : amounts(a.figures.budgets))));
}

void activities(const AnnualReport& a, Language l, std::vector<Block>& out) {
    const auto& areas = area_codes();
    out.push_back(heading(fmt::format("{} ({})", word("activities", l), a.figures.activities)));
    if (a.activities.empty()) {
        out.push_back(paragraph(say("activities_none", l, a.options.year)));
        return;
    }
    Table t;
    t.header = {word("institution", l)};
    for (const auto& area : areas) t.header.push_back(area_label(area, l));
    t.header.push_back(word("total", l));
    t.total_row = true;
    t.vertical_head = true;
    Chart by_institution{
        "institutions", false, {}, word("institution", l), word("count_activities", l)};
    for (const auto& [code, counts] : a.activities) {
        std::vector<std::string> r{code};
        std::int64_t sum = 0;
        for (auto n : counts) {
            r.push_back(std::to_string(n));
            sum += n;
        }
        r.push_back(std::to_string(sum));
        t.rows.push_back(std::move(r));
        by_institution.bars.push_back({code, sum});
    }
    std::vector<std::string> totals{word("total", l)};
    Chart by_area{"areas", false, {}, word("area", l), word("count_activities", l)};
    for (std::size_t i = 0; i < areas.size(); ++i) {
        totals.push_back(std::to_string(a.figures.activities_by_area[i]));
        by_area.bars.push_back(
            {with_capital(area_label(areas[i], l)), a.figures.activities_by_area[i]});
    }
    totals.push_back(std::to_string(a.figures.activities));
    t.rows.push_back(std::move(totals));
    out.push_back({Kind::table, {}, {}, std::move(t), {}});
    out.push_back({Kind::chart, word("chart_areas", l), {}, {}, std::move(by_area)});
    out.push_back({Kind::chart, word("chart_institutions", l), {}, {}, std::move(by_institution)});
}

void highlights(const AnnualReport& a, Language l, std::vector<Block>& out) {
    out.push_back(heading(fmt::format("{} ({})", word("highlights", l), a.highlights.size())));
    if (a.highlights.empty()) {
        out.push_back(paragraph(say("highlights_none", l, a.options.year)));
        return;
    }
    std::vector<Item> items;
    for (const auto& h : a.highlights) {
        std::string s = fmt::format("{} ({}, {})", h.title, h.institution, area_label(h.area, l));
        if (auto when = span(h.start_on, h.end_on ? h.end_on : h.start_on, l); !when.empty())
            s += ", " + when;
        s += fmt::format(" ({})", status_label_in(l, Entity::activity, h.status));
        items.push_back({s, {}});
    }
    out.push_back(list(std::move(items)));
}

void silent(const AnnualReport& a, Language l, std::vector<Block>& out) {
    const int y = a.options.year;
    out.push_back(heading(fmt::format("{} ({})", say("silent", l, y), a.silent_parties.size())));
    if (a.silent_parties.empty()) {
        out.push_back(paragraph(say("silent_none", l, y)));
        return;
    }
    out.push_back(paragraph(word("silent_why", l)));
    std::vector<Item> items;
    for (const auto& code : a.silent_parties) {
        auto name = a.names.find(code);
        items.push_back(
            {name == a.names.end() ? code : fmt::format("{} ({})", name->second, code), {}});
    }
    out.push_back(list(std::move(items)));
}

}  // namespace

Document document(const AnnualReport& a) {
    const Language l = a.options.language;
    Document d;
    d.language = l;
    d.title = say("title", l, a.options.year);
    d.subtitle = say("for_meeting", l, long_date(a.from.iso(), l), long_date(a.to.iso(), l),
                     long_date(a.as_of.iso(), l));
    summary(a, l, d.blocks);
    membership(a, l, d.blocks);
    meetings(a, l, d.blocks);
    projects(a, l, d.blocks);
    activities(a, l, d.blocks);
    highlights(a, l, d.blocks);
    silent(a, l, d.blocks);
    return d;
}

}  // namespace pymes::annual_model
