// The annual report as JSON: every figure of the AnnualReport value, typed, in nlohmann's
// ordered_json so the keys keep their order (SPEC §10 names year, activities {total, by_area,
// by_institution}, budgets [{currency, total}], silent_parties, membership, meetings, projects).
// The same bytes in every language (SPEC §11: what a program reads never changes with it).
// Amounts are strings with two decimals (SPEC §4), so that no reader rounds them. One line per
// top-level key, so that a diff of two reports reads well.
#include <nlohmann/json.hpp>

#include "pymes/core/areas.hpp"
#include "pymes/core/money.hpp"
#include "report/annual_model.hpp"

namespace pymes {

namespace {

using json = nlohmann::ordered_json;

json optional(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

json budgets(const CurrencyTotals& totals) {
    json out = json::array();
    for (const auto& [currency, minor] : totals)
        out.push_back(json{{"currency", currency}, {"total", format_amount(minor)}});
    return out;
}

json by_area(const std::vector<std::int64_t>& counts) {
    json out = json::object();
    const auto& areas = area_codes();
    for (std::size_t i = 0; i < areas.size(); ++i)
        out[areas[i]] = i < counts.size() ? counts[i] : 0;
    return out;
}

json figures(const AnnualFigures& f) {
    return json{
        {"year", f.year},
        {"parties_at_end", f.parties_at_end},
        {"founding", f.founding},
        {"accessions", f.accessions},
        {"withdrawals", f.withdrawals},
        {"meetings_held", f.meetings_held},
        {"projects", f.projects},
        {"activities", json{{"total", f.activities}, {"by_area", by_area(f.activities_by_area)}}},
        {"highlights", f.highlights},
        {"silent_parties", f.silent_parties},
        {"budgets", budgets(f.budgets)}};
}

json membership(const AnnualReport& a) {
    json events = json::array();
    for (const auto& e : a.membership)
        events.push_back(json{{"id", e.id},
                              {"code", e.code},
                              {"name", e.name},
                              {"event", e.kind},
                              {"date", e.date},
                              {"place", optional(e.place)},
                              {"reference", optional(e.reference)}});
    json by_year = json::array();
    for (const auto& [y, n] : a.parties_by_year)
        by_year.push_back(json{{"year", y}, {"parties", n}});
    return json{
        {"parties_at_start", a.parties_at_start}, {"parties_at_end", a.figures.parties_at_end},
        {"founding", a.figures.founding},         {"accessions", a.figures.accessions},
        {"withdrawals", a.figures.withdrawals},   {"events", std::move(events)},
        {"parties_by_year", std::move(by_year)}};
}

json meetings(const AnnualReport& a) {
    json items = json::array();
    for (const auto& m : a.meetings) {
        json projects = json::array();
        for (const auto& [id, title] : m.projects)
            projects.push_back(json{{"id", id}, {"title", title}});
        items.push_back(json{{"id", m.id},
                             {"date", m.date},
                             {"end_date", optional(m.end_date)},
                             {"title", optional(m.title)},
                             {"place", optional(m.place)},
                             {"country", optional(m.country)},
                             {"host", optional(m.host)},
                             {"attendees", m.attendees},
                             {"projects", std::move(projects)}});
    }
    return json{{"held", a.meetings.size()},
                {"scheduled", a.meetings_scheduled},
                {"cancelled", a.meetings_cancelled},
                {"items", std::move(items)}};
}

json projects(const AnnualReport& a) {
    json by_status = json::object(), items = json::array();
    for (const char* s : {"proposed", "approved", "active", "completed", "cancelled"}) {
        std::int64_t n = 0;
        CurrencyTotals totals;
        for (const auto& p : a.projects) {
            if (p.status != s) continue;
            ++n;
            if (p.budget && p.currency)
                totals[*p.currency] = add_amount(totals[*p.currency], p.budget_minor, *p.currency);
        }
        by_status[s] = json{{"count", n}, {"budgets", budgets(totals)}};
    }
    for (const auto& p : a.projects)
        items.push_back(json{{"id", p.id},
                             {"title", p.title},
                             {"area", p.area},
                             {"lead", p.lead},
                             {"status", p.status},
                             {"start_on", optional(p.start_on)},
                             {"end_on", optional(p.end_on)},
                             {"budget", optional(p.budget)},
                             {"currency", optional(p.currency)}});
    return json{{"total", a.projects.size()},
                {"by_status", std::move(by_status)},
                {"items", std::move(items)}};
}

json activities(const AnnualReport& a) {
    json by_institution = json::object(), matrix = json::object(), by_status = json::object();
    for (const auto& [code, counts] : a.activities) {
        std::int64_t sum = 0;
        for (auto n : counts) sum += n;
        by_institution[code] = sum;
        matrix[code] = by_area(counts);
    }
    for (const char* s : {"planned", "ongoing", "done", "cancelled"})
        by_status[s] = a.activities_by_status.count(s) ? a.activities_by_status.at(s) : 0;
    return json{{"total", a.figures.activities},
                {"by_area", by_area(a.figures.activities_by_area)},
                {"by_institution", std::move(by_institution)},
                {"by_institution_and_area", std::move(matrix)},
                {"by_status", std::move(by_status)}};
}

json highlights(const AnnualReport& a) {
    json items = json::array();
    for (const auto& h : a.highlights)
        items.push_back(json{{"id", h.id},
                             {"institution", h.institution},
                             {"area", h.area},
                             {"title", h.title},
                             {"status", h.status},
                             {"start_on", optional(h.start_on)},
                             {"end_on", optional(h.end_on)}});
    return items;
}

}  // namespace

void render_annual_json(std::ostream& out, const AnnualReport& a) {
    json doc = {{"year", a.options.year},
                {"from", a.from.iso()},
                {"to", a.to.iso()},
                {"as_of", a.as_of.iso()},
                {"membership", membership(a)},
                {"meetings", meetings(a)},
                {"projects", projects(a)},
                {"budgets", budgets(a.figures.budgets)},
                {"activities", activities(a)},
                {"highlights", highlights(a)},
                {"silent_parties", a.silent_parties},
                {"previous_year", a.previous ? figures(*a.previous) : json(nullptr)}};
    // Compact, a line break before each key that holds an object or an array.
    out << '{';
    bool first = true;
    for (const auto& [key, value] : doc.items()) {
        if (!first) out << (value.is_structured() ? ",\n" : ",");
        first = false;
        out << json(key).dump() << ':'
            << value.dump(-1, ' ', false, json::error_handler_t::replace);
    }
    out << "}\n";
}

}  // namespace pymes
