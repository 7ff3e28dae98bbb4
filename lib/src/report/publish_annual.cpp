// The published site's annual reports: one page per year that has something to report (an
// activity, a project, a meeting held or a membership event counted in it, SPEC §10), from 1996
// to the publication's day, made by the annual report's own model and HTML renderer
// (annual_model.cpp, annual_render_html.cpp) inside the site's frame, and an index of them.
#include <sstream>

#include "pymes/report/annual_report.hpp"
#include "report/annual_model.hpp"
#include "report/publish_site.hpp"

namespace pymes::publish {

namespace {

bool has_records(const AnnualReport& r) {
    return r.figures.activities > 0 || !r.projects.empty() || !r.meetings.empty() ||
           !r.membership.empty();
}

std::string td(std::int64_t n) { return "<td class=\"n\">" + std::to_string(n) + "</td>"; }

}  // namespace

void add_annual(Site& site, Registry& registry, const Data& d) {
    const Language l = d.options.language;
    std::string rows;  // of the index, newest year first
    for (int year = d.options.as_of.year(); year >= kFirstAnnualYear; --year) {
        AnnualOptions o;
        o.year = year;
        o.today = d.options.as_of;
        o.language = l;
        const AnnualReport report = build_annual_report(registry, o);
        if (!has_records(report)) continue;
        const annual_model::Document doc = annual_model::document(report);
        std::ostringstream content;
        render_annual_html_content(content, doc);
        const std::string y = std::to_string(year);
        site["annual/" + y + ".html"] = page_head(d, doc.title, "../") +
                                        "<div class=\"annual\">\n" + content.str() + "</div>\n" +
                                        page_foot(d);
        const AnnualFigures& f = report.figures;
        rows += "<tr><th scope=\"row\"><a href=\"" + y + ".html\">" + y + "</a></th>" +
                td(f.activities) + td(f.projects) + td(f.meetings_held) +
                td(f.accessions + f.withdrawals) + "</tr>\n";
    }
    std::string out = page_head(d, word("annual", l), "../");
    out += "<h1>" + esc(word("annual", l)) + "</h1>\n";
    if (rows.empty()) {
        out += "<p>" + esc(word("none", l)) + "</p>\n";
    } else {
        out += "<div class=\"table\"><table>\n<thead><tr><th scope=\"col\">" +
               esc(word("year", l)) + "</th>";
        for (const Key key :
             {Key("activities"), Key("projects"), Key("meetings_held"), Key("membership_changes")})
            out += "<th scope=\"col\" class=\"n\">" + esc(word(key, l)) + "</th>";
        out += "</tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table></div>\n";
    }
    site["annual/index.html"] = out + page_foot(d);
}

}  // namespace pymes::publish
