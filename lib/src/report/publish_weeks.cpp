// The published site's archive of weekly digests: one page per ISO week that had news (the
// digest's own HTML content), an index, and an Atom feed (RFC 4287) of the latest weeks.
#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "pymes/report/digest.hpp"
#include "pymes/store/registry.hpp"
#include "report/publish_site.hpp"

namespace pymes::publish {

namespace {

/// How many of the latest weeks the feed carries: a reader polls weekly, and a feed of a
/// quarter's news stays small.
constexpr std::size_t kFeedEntries = 13;

std::string first_day(const Data& d) {
    std::string first = d.options.as_of.iso();
    auto consider = [&](const Value& v) {
        if (v && *v < first) first = *v;
    };
    for (const auto& i : d.institutions)
        for (const auto& e : i.events) consider(e.date);
    for (const auto& a : d.activities) {
        consider(a.get("recorded_on"));
        consider(a.get("start_on"));
    }
    for (const auto& m : d.meetings) consider(m.get("date"));
    for (const auto& p : d.projects) consider(p.get("start_on"));
    return first;
}

}  // namespace

void add_weeks(Site& site, Registry& registry, const Data& d) {
    const Language l = d.options.language;
    const IsoWeek last = last_complete_week(d.options.as_of);
    std::vector<std::pair<IsoWeek, Digest>> weeks;  // newest first
    for (Date day = IsoWeek::of(*Date::parse_iso(first_day(d))).monday(); day <= last.monday();
         day = day.plus_days(7)) {
        DigestOptions o;
        o.week = IsoWeek::of(day);
        o.from = day;
        o.to = o.week->sunday();
        o.as_of = o.to;  // each page as it stood at the end of its week: the same every time
        o.language = l;
        o.upcoming_weeks = d.options.upcoming_weeks;
        o.max_items = d.options.max_items;
        Digest digest = build_digest(registry, o);
        if (!digest.empty()) weeks.emplace_back(*o.week, std::move(digest));
    }
    std::reverse(weeks.begin(), weeks.end());

    std::string index = page_head(d, word("weeks", l), "../");
    index += "<h1>" + esc(word("weeks", l)) + "</h1>\n<p><a href=\"../feed.xml\">" +
             esc(word("feed", l)) + "</a></p>\n";
    if (weeks.empty())
        index += "<p>" + esc(word("no_weeks", l)) + "</p>\n";
    else
        index += "<ul>\n";
    for (const auto& [week, digest] : weeks) {
        std::ostringstream body;
        render_digest_html_content(body, digest);
        site["weeks/" + week.label() + ".html"] = page_head(d, week.label(), "../") +
                                                  "<div class=\"digest\">\n" + body.str() +
                                                  "</div>\n" + page_foot(d);
        index += "<li><a href=\"" + week.label() + ".html\">" + esc(week.label()) + "</a> — " +
                 esc(long_date(week.monday().iso(), l)) + "</li>\n";
    }
    if (!weeks.empty()) index += "</ul>\n";
    site["weeks/index.html"] = index + page_foot(d);

    // The feed: ids from the registry's identifier, so two registries' feeds never mix;
    // `updated` is the end of each week, so the same registry gives the same bytes.
    const std::string id = "urn:uuid:" + registry_identifier(registry);
    const std::string base = d.options.homepage.empty() || d.options.homepage.back() == '/'
                                 ? d.options.homepage
                                 : d.options.homepage + "/";
    auto stamp = [](const IsoWeek& w) { return w.sunday().iso() + "T23:59:59Z"; };
    std::string feed =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
        "xml:lang=\"" +
        std::string(language_code(l)) + "\">\n<id>" + id + "</id>\n<title>" +
        esc(d.title + " — " + word("weeks", l)) + "</title>\n<updated>" +
        (weeks.empty() ? d.options.as_of.iso() + "T00:00:00Z" : stamp(weeks.front().first)) +
        "</updated>\n<link rel=\"self\" href=\"" + esc(base) +
        "feed.xml\"/>\n"
        "<link rel=\"alternate\" type=\"text/html\" href=\"" +
        esc(base) + "weeks/index.html\"/>\n<author><name>" + esc(d.title) +
        "</name></author>\n<generator>pymes</generator>\n";
    for (std::size_t i = 0; i < weeks.size() && i < kFeedEntries; ++i) {
        const auto& [week, digest] = weeks[i];
        std::ostringstream body;
        render_digest_html_content(body, digest);
        feed += "<entry>\n<id>" + id + ":week:" + week.label() + "</id>\n<title>" +
                esc(digest.title + " — " + week.label()) + "</title>\n<updated>" + stamp(week) +
                "</updated>\n<link rel=\"alternate\" type=\"text/html\" href=\"" + esc(base) +
                "weeks/" + week.label() + ".html\"/>\n<content type=\"html\">" + esc(body.str()) +
                "</content>\n</entry>\n";
    }
    site["feed.xml"] = feed + "</feed>\n";
}

}  // namespace pymes::publish
