#pragma once
// The published site as files in memory, and the pieces that make its pages.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/core/i18n.hpp"
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

/// Key -> English msgid (msgctxt "site"); the Spanish and Portuguese are in po/es.po and
/// po/pt.po, looked up in the site's language (which may differ from the interface's).
inline constexpr Word kWords[] = {
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
     NC_("site", "Every table as CSV, described by datapackage.json (Frictionless Data Package):")},
    {"as_of", NC_("site", "As of {0}.")},
    {"made_by", NC_("site", "Published with pymes from the agreement's registry.")},
    {"meeting_default", NC_("site", "Coordination meeting")},
    {"iati", NC_("site", "Activities and projects in the IATI 2.03 Standard:")},
    {"hosted", NC_("site", "host")},
    {"sector_vocabulary", NC_("site", "Areas of the Pymes Framework Agreement (Arequipa, 1996)")},
};
using Key = WordKey<kWords>;
/// The phrase for `key` in `language` (publish_words.cpp; a key the table lacks does not
/// compile: WordKey).
std::string word(Key key, Language language);

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
/// The resource of datapackage.json that describes an entity's CSV file (its columns' Table
/// Schema types from their fields' types, its key, its foreign keys), as JSON text.
std::string data_resource_json(const EntitySpec& spec);
/// CSV of every entity, datapackage.json, data.html (publish_data.cpp).
void add_open_data(Site& site, Registry& registry, const Data& d, const std::string& license);

}  // namespace pymes::publish
