// The published site's pages about the agreement and its institutions: the front page (the
// agreement and the status table with each party's dated history), the list of institutions,
// and a page per institution.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "pymes/core/areas.hpp"
#include "pymes/core/status.hpp"
#include "pymes/report/digest.hpp"
#include "report/digest_catalogue.hpp"
#include "report/html.hpp"
#include "report/publish_site.hpp"

namespace pymes::publish {

namespace {

namespace w = digest_text;

std::string status_word(MembershipStatus s, Language l) {
    return word(Key::named(to_string(s)), l);
}

std::string event_line(const MembershipEvent& e, Language l) {
    std::string out = std::string(w::kind_word(e.kind, l)) + ", " + long_date(e.date, l);
    if (e.place) out += ", " + *e.place;
    if (e.reference) out += " (" + *e.reference + ")";
    return out;
}

}  // namespace

std::string field(const Record& r, std::string_view name) {
    const Value& v = r.get(name);
    return v ? *v : std::string();
}

std::vector<std::string> years_of(const Record& r) {
    const std::string start = field(r, "start_on");
    if (start.empty()) return {std::string()};
    std::string end = field(r, "end_on");
    if (end.empty()) end = start;
    std::vector<std::string> years;
    for (int y = std::stoi(start.substr(0, 4)); y <= std::stoi(end.substr(0, 4)); ++y)
        years.push_back(std::to_string(y));
    return years;
}

std::string span(const Record& r, Language l) {
    const std::string a = field(r, "start_on"), b = field(r, "end_on");
    if (a.empty() && b.empty()) return "";
    if (b.empty() || a == b) return long_date(a.empty() ? b : a, l);
    if (a.empty()) return long_date(b, l);
    return long_date(a, l) + " – " + long_date(b, l);
}

std::string activity_item(const Record& a, Language l, const std::string& root) {
    std::string out = "<li>";
    if (a.get("highlight") == Value("1") || a.get("highlight") == Value("true"))
        out += "<strong>★ " + esc(field(a, "title")) + "</strong>";
    else
        out += esc(field(a, "title"));
    out += " — <a href=\"" + root + "institutions/" + esc(field(a, "institution")) + ".html\">" +
           esc(field(a, "institution")) + "</a>, " +
           esc(std::string(status_label_in(l, Entity::activity, field(a, "status"))));
    if (const std::string s = span(a, l); !s.empty()) out += ", " + esc(s);
    return out + "</li>\n";
}

std::string meeting_title(const Record& m, Language l) {
    return m.get("title") ? *m.get("title") : word("meeting_default", l);
}

void add_pages(Site& site, const Data& d) {
    const Language l = d.options.language;
    // The front page: the agreement, its areas, the status table with each party's history.
    std::string out = page_head(d, word("home", l), "");
    out +=
        "<h1>" + esc(d.agreement_title) + "</h1>\n<p>" +
        esc(fmt::format(fmt::runtime(word("signed", l)), d.signed_in, long_date(d.signed_on, l))) +
        "</p>\n<h2 id=\"areas\">" + esc(word("areas", l)) + "</h2>\n<ul>\n";
    for (const auto& code : area_codes())
        out += "<li><a href=\"activities.html#area-" + code + "\">" + esc(area_label(code, l)) +
               "</a></li>\n";
    out += "</ul>\n<h2 id=\"status\">" +
           esc(fmt::format(fmt::runtime(word("status_table", l)),
                           long_date(d.options.as_of.iso(), l))) +
           "</h2>\n<div class=\"table\"><table>\n<thead><tr><th scope=\"col\">" +
           esc(word("name", l)) + "</th><th scope=\"col\">" + esc(word("status", l)) +
           "</th><th scope=\"col\">" + esc(word("history", l)) + "</th></tr></thead>\n<tbody>\n";
    for (const auto& i : d.institutions) {
        if (i.events.empty()) continue;  // never a party: not in the agreement's table
        out += "<tr><th scope=\"row\"><a href=\"institutions/" + esc(i.current.code()) +
               ".html\">" + esc(i.current.name()) + "</a> <span class=\"code\">" +
               esc(i.current.code()) + "</span></th><td>" +
               esc(status_word(i.current.membership.status, l)) + "</td><td><ul>";
        for (const auto& e : i.events) out += "<li>" + html_text(event_line(e, l)) + "</li>";
        out += "</ul></td></tr>\n";
    }
    out += "</tbody>\n</table></div>\n" + page_foot(d);
    site["index.html"] = out;

    // Every institution, then a page for each.
    out = page_head(d, word("institutions", l), "");
    out += "<h1>" + esc(word("institutions", l)) +
           "</h1>\n<div class=\"table\"><table>\n"
           "<thead><tr><th scope=\"col\">" +
           esc(word("code", l)) + "</th><th scope=\"col\">" + esc(word("name", l)) +
           "</th><th scope=\"col\">" + esc(word("status", l)) + "</th></tr></thead>\n<tbody>\n";
    for (const auto& i : d.institutions)
        out += "<tr><th scope=\"row\" class=\"id\"><a href=\"institutions/" +
               esc(i.current.code()) + ".html\">" + esc(i.current.code()) + "</a></th><td>" +
               esc(i.current.name()) + "</td><td>" +
               esc(status_word(i.current.membership.status, l)) + "</td></tr>\n";
    out += "</tbody>\n</table></div>\n" + page_foot(d);
    site["institutions.html"] = out;

    for (const auto& i : d.institutions) {
        const std::string& code = i.current.code();
        out = page_head(d, i.current.name(), "../");
        out += "<h1>" + esc(i.current.name()) + " <span class=\"code\">" + esc(code) +
               "</span></h1>\n<p>" + esc(word("status", l)) + ": " +
               esc(status_word(i.current.membership.status, l)) + "</p>\n";
        out += "<h2>" + esc(word("membership", l)) + "</h2>\n";
        if (i.events.empty()) {
            out += "<p>" + esc(word("none", l)) + "</p>\n";
        } else {
            out += "<div class=\"table\"><table>\n<thead><tr><th scope=\"col\">" +
                   esc(word("date", l)) + "</th><th scope=\"col\">" + esc(word("event", l)) +
                   "</th><th scope=\"col\">" + esc(word("place", l)) + "</th><th scope=\"col\">" +
                   esc(word("reference", l)) + "</th></tr></thead>\n<tbody>\n";
            for (const auto& e : i.events)
                out += "<tr><td>" + esc(long_date(e.date, l)) + "</td><td>" +
                       esc(std::string(w::kind_word(e.kind, l))) + "</td><td>" +
                       esc(e.place.value_or("")) + "</td><td>" +
                       html_text(e.reference.value_or("")) + "</td></tr>\n";
            out += "</tbody>\n</table></div>\n";
        }
        // Activities by year, newest first; undated last.
        out += "<h2>" + esc(word("activities", l)) + "</h2>\n";
        std::map<std::string, std::vector<const Record*>, std::greater<>> by_year;
        for (const auto& a : d.activities)
            if (field(a, "institution") == code)
                for (const auto& year : years_of(a)) by_year[year].push_back(&a);
        if (by_year.empty()) out += "<p>" + esc(word("none", l)) + "</p>\n";
        for (const auto& [year, list] : by_year) {
            out += "<h3>" + esc(year.empty() ? word("undated", l) : year) + "</h3>\n<ul>\n";
            for (const Record* a : list) out += activity_item(*a, l, "../");
            out += "</ul>\n";
        }
        out += "<h2>" + esc(word("projects", l)) + "</h2>\n";
        std::string items;
        for (const auto& p : d.projects) {
            const auto partners = split_list(p.get("partners"));
            if (field(p, "lead") != code &&
                std::find(partners.begin(), partners.end(), code) == partners.end())
                continue;
            items += "<li><a href=\"../projects.html#project-" + std::to_string(p.id()) + "\">" +
                     esc(field(p, "title")) + "</a> (" +
                     esc(field(p, "lead") == code ? word("lead", l) : word("partners", l)) +
                     ")</li>\n";
        }
        out +=
            items.empty() ? "<p>" + esc(word("none", l)) + "</p>\n" : "<ul>\n" + items + "</ul>\n";
        out += "<h2>" + esc(word("meetings", l)) + "</h2>\n";
        items.clear();
        for (const auto& m : d.meetings) {
            const auto who = split_list(m.get("attendees"));
            const bool hosts = field(m, "host") == code;
            if (!hosts && std::find(who.begin(), who.end(), code) == who.end()) continue;
            items += "<li><a href=\"../meetings.html#meeting-" + std::to_string(m.id()) + "\">" +
                     esc(long_date(field(m, "date"), l)) + ", " + esc(meeting_title(m, l)) +
                     "</a>" + (hosts ? " (" + esc(word("hosted", l)) + ")" : "") + "</li>\n";
        }
        out +=
            items.empty() ? "<p>" + esc(word("none", l)) + "</p>\n" : "<ul>\n" + items + "</ul>\n";
        out += page_foot(d);
        site["institutions/" + code + ".html"] = out;
    }
}

}  // namespace pymes::publish
