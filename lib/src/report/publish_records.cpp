// The published site's pages of records: activities by year and area, meetings with their
// calendars, projects with their means per currency, the open-data page, and the stylesheet.
#include <fmt/format.h>

#include <map>
#include <sstream>

#include "pymes/core/areas.hpp"
#include "pymes/core/money.hpp"
#include "pymes/core/status.hpp"
#include "pymes/io/ics.hpp"
#include "pymes/report/digest.hpp"
#include "report/digest_catalogue.hpp"
#include "report/publish_site.hpp"

namespace pymes::publish {

namespace {

namespace w = digest_text;

// Mobile first: nothing is wider than the screen, and nothing breaks inside a word that fits a
// line: a word breaks only when it alone is wider than the line (overflow-wrap:break-word; with
// `anywhere` a table's columns shrank below a word and split `2025` or `propuesto`), numbers keep
// to one line (.n) and so do codes (.code, .id: not EJEMPLO-|AR), a table wider than the screen
// scrolls inside its own box (.table). The text
// keeps WCAG AA contrast (#1f2933 and #0b4f6c on white); print is A4 without the navigation. The
// annual reports' pages (publish_annual.cpp) bring their charts (inline SVG, each described by a
// table only screen readers see: .sr-only) and their count tables (numbers right, totals in tfoot,
// many area columns with upright headings).
constexpr const char* kStyle = R"(html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2933;background:#fff;overflow-wrap:break-word}
header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
header{border-bottom:2px solid #0b4f6c}
.site{font-weight:bold;margin:.75rem 0 .25rem}
nav ul{list-style:none;margin:0 0 .5rem;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
a{color:#0b4f6c}
a:focus{outline:2px solid #b35c00}
h1{font-size:1.6rem;line-height:1.25;color:#0b4f6c}
h2{font-size:1.3rem;margin-top:2rem}
h3{font-size:1.1rem}
.code{color:#52606d;font-size:.9em;font-weight:normal}
.code,.id{white-space:nowrap}
.table{max-width:100%;overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #d9dde3;padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #52606d}
td.n,th.n{text-align:right;white-space:nowrap}
td ul{margin:0;padding-left:1rem}
footer{margin-top:2rem;border-top:1px solid #d9dde3;color:#52606d;font-size:.9rem}
.sub,.detail{color:#52606d}
.detail{display:block;font-size:.9rem}
.annual th,.annual td{text-align:right}
.annual th:first-child,.annual .matrix thead th{text-align:left}
.annual td{white-space:nowrap}
.annual tfoot th,.annual tfoot td{font-weight:bold;border-top:2px solid #9aa5b1}
.matrix thead th+th{writing-mode:vertical-rl;transform:rotate(180deg);vertical-align:top}
figure{margin:1rem 0}
figcaption{font-weight:bold;margin:0 0 .4rem}
svg{display:block;width:100%;max-width:42.5rem}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
@media (max-width:600px){.annual th,.annual td{padding:.25rem}.annual table{font-size:.85rem}}
@page{size:A4;margin:16mm 14mm}
@media print{nav{display:none}body{font-size:10.5pt}header,main,footer{max-width:none;padding:0}a{color:inherit;text-decoration:none}.table{overflow:visible}thead{display:table-header-group}h1,h2,h3{break-after:avoid}tr,figure,li{break-inside:avoid}svg{max-width:160mm}}
)";

std::string th(const std::string& s, const char* cls = nullptr) {
    return std::string("<th scope=\"col\"") + (cls ? std::string(" class=\"") + cls + "\"" : "") +
           ">" + esc(s) + "</th>";
}

}  // namespace

void add_records(Site& site, const Data& d) {
    const Language l = d.options.language;
    site["style.css"] = kStyle;

    // Activities: a table of counts by year and area, then each year's activities by area.
    std::map<std::string, std::map<std::string, std::vector<const Record*>>, std::greater<>> years;
    // An activity counts in every year its dates overlap, as in the annual report (SPEC §10).
    for (const auto& a : d.activities)
        for (const auto& year : years_of(a)) years[year][field(a, "area")].push_back(&a);
    std::string out = page_head(d, word("activities", l), "");
    out += "<h1>" + esc(word("by_year_area", l)) + "</h1>\n";
    if (years.empty())
        out += "<p>" + esc(word("none", l)) + "</p>\n";
    else {
        out += "<div class=\"table\"><table>\n<thead><tr>" + th(word("year", l));
        for (const auto& area : area_codes()) out += th(area_label(area, l), "n");
        out += th(word("total", l), "n") + "</tr></thead>\n<tbody>\n";
        for (const auto& [year, areas] : years) {
            const std::string y = year.empty() ? word("undated", l) : year;
            const std::string id = year.empty() ? "undated" : year;
            out += "<tr><th scope=\"row\"><a href=\"#year-" + id + "\">" + esc(y) + "</a></th>";
            std::size_t total = 0;
            for (const auto& area : area_codes()) {
                auto it = areas.find(area);
                const std::size_t n = it == areas.end() ? 0 : it->second.size();
                total += n;
                out += "<td class=\"n\">" + std::to_string(n) + "</td>";
            }
            out += "<td class=\"n\">" + std::to_string(total) + "</td></tr>\n";
        }
        out += "</tbody>\n</table></div>\n";
    }
    // One anchor per area for the front page's links, then the lists.
    for (const auto& area : area_codes()) out += "<span id=\"area-" + area + "\"></span>";
    out += "\n";
    for (const auto& [year, areas] : years) {
        out += "<h2 id=\"year-" + (year.empty() ? std::string("undated") : year) + "\">" +
               esc(year.empty() ? word("undated", l) : year) + "</h2>\n";
        for (const auto& area : area_codes()) {
            auto it = areas.find(area);
            if (it == areas.end()) continue;
            out += "<h3>" + esc(area_label(area, l)) + "</h3>\n<ul>\n";
            for (const Record* a : it->second) out += activity_item(*a, l, "");
            out += "</ul>\n";
        }
    }
    site["activities.html"] = out + page_foot(d);

    // Meetings, each with its calendar; one calendar for all.
    out = page_head(d, word("meetings", l), "");
    out += "<h1>" + esc(word("meetings", l)) + "</h1>\n<p><a href=\"meetings/all.ics\">" +
           esc(word("all_ics", l)) + "</a></p>\n";
    if (d.meetings.empty())
        out += "<p>" + esc(word("none", l)) + "</p>\n";
    else {
        out += "<div class=\"table\"><table>\n<thead><tr>" + th(word("date", l)) +
               th(word("title", l)) + th(word("place", l)) + th(word("status", l)) +
               th(word("calendar", l)) + "</tr></thead>\n<tbody>\n";
        for (const auto& m : d.meetings) {
            const std::string id = std::to_string(m.id());
            std::string place = field(m, "place");
            if (m.get("country")) place += (place.empty() ? "" : ", ") + field(m, "country");
            std::string when = long_date(field(m, "date"), l);
            if (m.get("time")) when += ", " + field(m, "time") + " (" + field(m, "timezone") + ")";
            out += "<tr id=\"meeting-" + id + "\"><td>" + esc(when) + "</td><td>" +
                   esc(meeting_title(m, l)) + "</td><td>" + esc(place) + "</td><td>" +
                   esc(std::string(status_label_in(l, Entity::meeting, field(m, "status")))) +
                   "</td><td><a href=\"meetings/" + id + ".ics\">" + id + ".ics</a></td></tr>\n";
        }
        out += "</tbody>\n</table></div>\n";
    }
    site["meetings.html"] = out + page_foot(d);

    // Projects, and their means per currency (never summed across currencies).
    std::map<std::string, std::pair<std::size_t, std::int64_t>> means;
    for (const auto& p : d.projects)
        if (p.get("budget") && p.get("currency")) {
            auto& m = means[field(p, "currency")];
            ++m.first;
            m.second = add_amount(m.second, parse_amount(field(p, "budget")).value_or(0),
                                  field(p, "currency"));
        }
    out = page_head(d, word("projects", l), "");
    out += "<h1>" + esc(word("projects", l)) + "</h1>\n";
    if (!means.empty()) {
        out += "<h2>" + esc(word("means", l)) + "</h2>\n<div class=\"table\"><table>\n<thead><tr>" +
               th(word("currency", l)) + th(word("count", l), "n") + th(word("budget", l), "n") +
               "</tr></thead>\n<tbody>\n";
        for (const auto& [currency, m] : means)
            out += "<tr><th scope=\"row\">" + esc(currency) + "</th><td class=\"n\">" +
                   std::to_string(m.first) + "</td><td class=\"n\">" + format_amount(m.second) +
                   "</td></tr>\n";
        out += "</tbody>\n</table></div>\n";
    }
    out += "<h2>" + esc(word("projects", l)) + "</h2>\n";
    if (d.projects.empty())
        out += "<p>" + esc(word("none", l)) + "</p>\n";
    else {
        out += "<div class=\"table\"><table>\n<thead><tr>" + th(word("title", l)) +
               th(word("area", l)) + th(word("lead", l)) + th(word("partners", l)) +
               th(word("status", l)) + th(word("budget", l), "n") + "</tr></thead>\n<tbody>\n";
        for (const auto& p : d.projects) {
            std::string partners;
            for (const auto& code : split_list(p.get("partners")))
                partners += (partners.empty() ? "" : ", ") +
                            std::string("<a class=\"id\" href=\"institutions/") + esc(code) +
                            ".html\">" + esc(code) + "</a>";
            std::string budget =
                p.get("budget") ? field(p, "budget") + " " + field(p, "currency") : "";
            out += "<tr id=\"project-" + std::to_string(p.id()) + "\"><td>" +
                   esc(field(p, "title")) + "</td><td>" + esc(area_label(field(p, "area"), l)) +
                   "</td><td class=\"id\"><a href=\"institutions/" + esc(field(p, "lead")) +
                   ".html\">" + esc(field(p, "lead")) + "</a></td><td>" + partners + "</td><td>" +
                   esc(std::string(status_label_in(l, Entity::project, field(p, "status")))) +
                   "</td><td class=\"n\">" + esc(budget) + "</td></tr>\n";
        }
        out += "</tbody>\n</table></div>\n";
    }
    site["projects.html"] = out + page_foot(d);
}

}  // namespace pymes::publish
