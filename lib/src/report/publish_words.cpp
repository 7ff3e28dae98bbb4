// The published site's words (from the gettext catalogues, msgctxt "site", in the site's
// language: SPEC §11), and the frame every page shares: head, navigation, foot.
#include <fmt/format.h>

#include <map>

#include "pymes/core/i18n.hpp"
#include "pymes/report/digest.hpp"
#include "report/html.hpp"
#include "report/publish_site.hpp"

namespace pymes::publish {

namespace {

/// Key -> English msgid (msgctxt "site"); the Spanish and Portuguese are in po/es.po and
/// po/pt.po, looked up in the site's language (which may differ from the interface's).
const std::map<std::string_view, const char*>& words() {
    static const std::map<std::string_view, const char*> table{
        {"home", NC_("site", "The agreement")},
        {"institutions", NC_("site", "Institutions")},
        {"activities", NC_("site", "Activities")},
        {"meetings", NC_("site", "Meetings")},
        {"projects", NC_("site", "Projects")},
        {"weeks", NC_("site", "Weekly digests")},
        {"data", NC_("site", "Open data")},
        {"annual", NC_("site", "Annual reports")},
        {"meetings_held", NC_("site", "Meetings held")},
        {"membership_changes", NC_("site", "Accessions and withdrawals")},
        {"menu", NC_("site", "Sections")},
        {"signed", NC_("site", "Signed in {0} on {1}.")},
        {"areas", NC_("site", "Areas of the joint action plan")},
        {"status_table", NC_("site", "Status of the parties as of {0}")},
        {"code", NC_("site", "Code")},
        {"name", NC_("site", "Name")},
        {"status", NC_("site", "Status")},
        {"history", NC_("site", "History")},
        {"party", NC_("site", "party")},
        {"withdrawn", NC_("site", "withdrawn")},
        {"non-party", NC_("site", "not a party")},
        {"membership", NC_("site", "Membership of the agreement")},
        {"date", NC_("site", "Date")},
        {"event", NC_("site", "Event")},
        {"place", NC_("site", "Place")},
        {"reference", NC_("site", "Reference")},
        {"by_year_area", NC_("site", "Activities by year and area")},
        {"year", NC_("site", "Year")},
        {"area", NC_("site", "Area")},
        {"total", NC_("site", "Total")},
        {"undated", NC_("site", "Undated")},
        {"none", NC_("site", "None.")},
        {"title", NC_("site", "Title")},
        {"calendar", NC_("site", "Calendar")},
        {"all_ics", NC_("site", "All meetings in one calendar (.ics)")},
        {"lead", NC_("site", "Lead")},
        {"partners", NC_("site", "Partners")},
        {"budget", NC_("site", "Budget")},
        {"currency", NC_("site", "Currency")},
        {"means", NC_("site", "Means by currency")},
        {"count", NC_("site", "Projects")},
        {"feed", NC_("site", "Follow the digests (Atom feed)")},
        {"no_weeks", NC_("site", "No digests yet.")},
        {"csv_files",
         NC_("site",
             "Every table as CSV, described by datapackage.json (Frictionless Data Package):")},
        {"as_of", NC_("site", "As of {0}.")},
        {"made_by", NC_("site", "Published with pymes from the agreement's registry.")},
        {"meeting_default", NC_("site", "Coordination meeting")},
        {"iati", NC_("site", "Activities and projects in the IATI 2.03 Standard:")},
        {"hosted", NC_("site", "host")},
        {"sector_vocabulary",
         NC_("site", "Areas of the Pymes Framework Agreement (Arequipa, 1996)")},
    };
    return table;
}

}  // namespace

std::string word(std::string_view key, Language language) {
    const auto& t = words();
    auto it = t.find(key);
    return it == t.end() ? std::string(key) : std::string(trc_in(language, "site", it->second));
}

std::string esc(std::string_view s) { return html_escape(s); }

std::string page_head(const Data& d, const std::string& title, const std::string& root) {
    const Language l = d.options.language;
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(language_code(l)) +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<title>" +
                      esc(title) + " · " + esc(d.title) +
                      "</title>\n"
                      "<link rel=\"stylesheet\" href=\"" +
                      root +
                      "style.css\">\n"
                      "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" +
                      root + "feed.xml\" title=\"" + esc(word("weeks", l)) +
                      "\">\n</head>\n<body>\n";
    out += "<header><p class=\"site\"><a href=\"" + root + "index.html\">" + esc(d.title) +
           "</a></p>\n<nav aria-label=\"" + esc(word("menu", l)) + "\"><ul>\n";
    const std::pair<const char*, const char*> links[] = {{"index.html", "home"},
                                                         {"institutions.html", "institutions"},
                                                         {"activities.html", "activities"},
                                                         {"meetings.html", "meetings"},
                                                         {"projects.html", "projects"},
                                                         {"weeks/index.html", "weeks"},
                                                         {"annual/index.html", "annual"},
                                                         {"data.html", "data"}};
    for (const auto& [href, key] : links)
        out += "<li><a href=\"" + root + href + "\">" + esc(word(key, l)) + "</a></li>\n";
    out += "</ul></nav></header>\n<main>\n";
    return out;
}

std::string page_foot(const Data& d) {
    const Language l = d.options.language;
    return "</main>\n<footer><p>" +
           esc(fmt::format(fmt::runtime(word("as_of", l)), long_date(d.options.as_of.iso(), l))) +
           " " + esc(word("made_by", l)) + "</p></footer>\n</body>\n</html>\n";
}

}  // namespace pymes::publish
