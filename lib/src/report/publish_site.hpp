#pragma once
// The published site as files in memory, and the pieces that make its pages.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/entities/institution.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/report/publish.hpp"

namespace pymes::publish {

/// Relative path ("institutions/SELA.html") -> bytes. A std::map: written in a fixed order.
using Site = std::map<std::string, std::string>;

/// What every page is made from, read once.
struct Data {
    PublishOptions options;
    std::string title;  ///< the site's title
    std::string agreement_title, signed_on, signed_in;
    std::vector<InstitutionDetail> institutions;  ///< in code order, with their events
    std::vector<Record> activities, meetings, projects;
};

/// The phrase for `key` in `language` (publish_words.cpp).
std::string word(std::string_view key, Language language);
/// HTML text and attribute escaping.
std::string esc(std::string_view s);

/// Opens a page: doctype, lang, title, the stylesheet at `root` + "style.css", the site's
/// navigation. `root` is "" for a page at the top, "../" one folder down.
std::string page_head(const Data& d, const std::string& title, const std::string& root);
std::string page_foot(const Data& d);

/// A field's value, or "" when it has none.
std::string field(const Record& r, std::string_view name);
/// The years an activity counts in: every year its dates overlap (SPEC §10, as the annual report
/// counts); {""} when it has no start (undated, in no year's count).
std::vector<std::string> years_of(const Record& r);
/// "10 de diciembre de 2026 – 12 de diciembre de 2026", or one date, or "".
std::string span(const Record& r, Language l);
/// An activity as a list item, linking its institution's page.
std::string activity_item(const Record& a, Language l, const std::string& root);
/// A meeting's title, or "Reunión de coordinación".
std::string meeting_title(const Record& m, Language l);

void add_pages(Site& site, const Data& d);                      // publish_pages.cpp
void add_records(Site& site, const Data& d);                    // publish_records.cpp
void add_weeks(Site& site, Registry& registry, const Data& d);  // publish_weeks.cpp
/// annual/YYYY.html for every year with something to report, and annual/index.html.
void add_annual(Site& site, Registry& registry, const Data& d);  // publish_annual.cpp
/// CSV of every entity, datapackage.json, data.html (publish_data.cpp).
void add_open_data(Site& site, Registry& registry, const Data& d, const std::string& license);

}  // namespace pymes::publish
