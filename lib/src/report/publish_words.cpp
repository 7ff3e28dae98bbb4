// The published site's words (from the gettext catalogues, msgctxt "site", in the site's
// language: SPEC §11), and the frame every page shares: head, navigation, foot.
#include <fmt/format.h>

#include "pymes/core/i18n.hpp"
#include "pymes/report/digest.hpp"
#include "report/html.hpp"
#include "report/publish_site.hpp"

namespace pymes::publish {

std::string word(Key key, Language language) {
    return std::string(trc_in(language, "site", key.msgid()));
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
    struct Link {
        const char* href;
        Key key;
    };
    const Link links[] = {{"index.html", "home"},
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
