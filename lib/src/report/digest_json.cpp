// The digest as JSON: the Digest value itself, typed, in nlohmann's ordered_json so the keys
// keep the order scripts and the golden file expect. One line for the period, then one line for
// each section, each count by area and the totals, so that a diff of two digests reads well.
#include <nlohmann/json.hpp>

#include "report/digest_model.hpp"

namespace pymes {

namespace {

using json = nlohmann::ordered_json;

json optional(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

template <class T, class F>
json section(const DigestSection<T>& s, F item) {
    json items = json::array();
    for (const auto& i : s.items) items.push_back(item(i));
    return json{{"total", s.total}, {"command", s.command}, {"items", std::move(items)}};
}

json meeting(const DigestMeeting& m) {
    json projects = json::array();
    for (const auto& [id, title] : m.projects)
        projects.push_back(json{{"id", id}, {"title", title}});
    return json{{"id", m.id},
                {"date", m.date},
                {"end_date", optional(m.end_date)},
                {"time", optional(m.time)},
                {"timezone", optional(m.timezone)},
                {"title", optional(m.title)},
                {"place", optional(m.place)},
                {"country", optional(m.country)},
                {"host", optional(m.host)},
                {"status", m.status},
                {"attendees", m.attendees},
                {"projects", std::move(projects)}};
}

/// A budget is a string with two decimals (SPEC §4: "25000.00"), so that no JSON reader rounds it.
json project(const DigestProject& p) {
    return json{{"id", p.id},
                {"title", p.title},
                {"area", p.area},
                {"lead", p.lead},
                {"status", p.status},
                {"previous_status", optional(p.previous_status)},
                {"end_on", optional(p.end_on)},
                {"budget", optional(p.budget)},
                {"currency", optional(p.currency)}};
}

json activity(const DigestActivity& a) {
    return json{{"id", a.id},
                {"institution", a.institution},
                {"area", a.area},
                {"title", a.title},
                {"status", a.status},
                {"start_on", optional(a.start_on)},
                {"end_on", optional(a.end_on)},
                {"highlight", a.highlight}};
}

json membership(const DigestMembership& m) {
    return json{{"code", m.code},
                {"name", m.name},
                {"event", m.kind},
                {"date", m.date},
                {"place", optional(m.place)},
                {"reference", optional(m.reference)},
                {"recorded_on", optional(m.recorded_on)}};
}

json counts(const std::vector<AreaCount>& c) {
    json out = json::object();
    for (const auto& a : c) out[a.area] = a.count;
    return out;
}

}  // namespace

void render_digest_json(std::ostream& out, const Digest& d) {
    const auto& o = d.options;
    json doc = {{"title", d.title},
                {"language", language_code(o.language)},
                {"from", o.from.iso()},
                {"to", o.to.iso()},
                {"week", o.week ? json(o.week->label()) : json(nullptr)},
                {"as_of", o.as_of.iso()},
                {"empty", d.empty()},
                {"membership", section(d.membership, membership)},
                {"membership_recorded_late", section(d.membership_late, membership)},
                {"meetings_held", section(d.meetings_held, meeting)},
                {"meetings_upcoming", section(d.meetings_upcoming, meeting)},
                {"projects_changed", section(d.projects_changed, project)},
                {"projects_ending", section(d.projects_ending, project)},
                {"activities_recorded", section(d.activities_recorded, activity)},
                {"activities_taking_place", section(d.activities_taking_place, activity)},
                {"recorded_by_area", counts(d.recorded_by_area)},
                {"taking_place_by_area", counts(d.taking_place_by_area)},
                {"totals", json{{"parties", d.parties},
                                {"active_projects", d.active_projects},
                                {"activities_this_year", d.activities_this_year}}}};
    // Compact, with a line break before each object-valued key. Text that is not valid UTF-8
    // (never stored: the entry points refuse it) is replaced rather than thrown on.
    out << '{';
    bool first = true;
    for (const auto& [key, value] : doc.items()) {
        if (!first) out << (value.is_object() ? ",\n" : ",");
        first = false;
        out << json(key).dump() << ':'
            << value.dump(-1, ' ', false, json::error_handler_t::replace);
    }
    out << "}\n";
}

}  // namespace pymes
