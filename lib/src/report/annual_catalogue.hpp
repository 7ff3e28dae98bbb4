#pragma once
// The annual report's phrases, looked up by key in the report's language from the gettext
// catalogues (annual_catalogue.cpp).

#include <string_view>

#include "pymes/core/i18n.hpp"
#include "pymes/core/language.hpp"

namespace pymes::annual_text {

// Key -> English msgid, said in the context "annual report" (annual_catalogue.cpp).
inline constexpr Word kWords[] = {
    {"title", NC_("annual report", "Pymes Cooperation Framework Agreement: annual report {0}")},
    // TRANSLATORS: {0} and {1} are the first and last day of the year, {2} the day of the report.
    {"for_meeting",
     NC_("annual report", "For the coordination meeting. From {0} to {1}; as of {2}.")},
    {"summary", NC_("annual report", "The year in figures")},
    {"figure", NC_("annual report", "Figure")},
    {"change", NC_("annual report", "Change")},
    {"no_previous",
     NC_("annual report", "No previous year: the agreement was signed on 10 December 1996.")},
    {"row_parties", NC_("annual report", "Parties at the close")},
    {"row_founding", NC_("annual report", "Founding signatures")},
    {"row_accessions", NC_("annual report", "Accessions")},
    {"row_withdrawals", NC_("annual report", "Withdrawals")},
    {"row_meetings", NC_("annual report", "Meetings held")},
    {"row_projects", NC_("annual report", "Projects")},
    {"row_activities", NC_("annual report", "Activities")},
    {"row_highlights", NC_("annual report", "Highlighted activities")},
    {"row_silent", NC_("annual report", "Parties with no activity")},
    // TRANSLATORS: {0} is a currency code (USD).
    {"row_budget", NC_("annual report", "Budget in {0}")},
    {"membership", NC_("annual report", "Accessions and withdrawals")},
    {"membership_none", NC_("annual report", "No accession or withdrawal in {0}.")},
    {"parties_change", NC_("annual report", "Parties: {0} on {1}, {2} on {3}.")},
    // TRANSLATORS: {0} is a date written out (10 December 1996).
    {"on", NC_("annual report", "on {0}")},
    {"from", NC_("annual report", "from {0}")},
    {"until", NC_("annual report", "until {0}")},
    {"meetings", NC_("annual report", "Meetings held")},
    {"meetings_none", NC_("annual report", "No meeting held in {0}.")},
    {"meetings_other",
     NC_("annual report", "Meetings scheduled in the year: {0}; cancelled: {1}.")},
    {"meeting", NC_("annual report", "Coordination meeting")},
    {"host", NC_("annual report", "host")},
    {"attended", NC_("annual report", "Attended by")},
    {"selected", NC_("annual report", "Projects selected")},
    // TRANSLATORS: said of the institutions that attended a meeting and of the projects it
    // selected (masculine in es and pt: ninguno, nenhum).
    {"none_masculine", NC_("annual report", "none")},
    {"projects", NC_("annual report", "Projects by status")},
    {"projects_none", NC_("annual report", "No project in {0}.")},
    {"status", NC_("annual report", "Status")},
    {"budget", NC_("annual report", "Budget")},
    {"total", NC_("annual report", "Total")},
    {"budgets", NC_("annual report", "Budgets by currency, cancelled projects left out")},
    {"budgets_none", NC_("annual report", "No project of the year has a budget.")},
    {"activities", NC_("annual report", "Activities by area and institution")},
    {"activities_none", NC_("annual report", "No activity in {0}.")},
    {"institution", NC_("annual report", "Institution")},
    {"area", NC_("annual report", "Area")},
    {"year", NC_("annual report", "Year")},
    {"parties", NC_("annual report", "Parties")},
    {"count_activities", NC_("annual report", "Activities")},
    {"chart_areas", NC_("annual report", "Activities by area")},
    {"chart_institutions", NC_("annual report", "Activities by institution")},
    {"chart_parties",
     NC_("annual report", "Parties to the agreement since 1996, at the close of each year")},
    {"highlights", NC_("annual report", "Highlights")},
    {"highlights_none", NC_("annual report", "No highlighted activity in {0}.")},
    {"silent", NC_("annual report", "Parties that recorded no activity in {0}")},
    {"silent_none", NC_("annual report", "Every party recorded activity in {0}.")},
    {"silent_why",
     NC_("annual report",
         "The agreement asks the parties to exchange information on their activities regularly.")},
};
using Key = WordKey<kWords>;

/// The phrase for `key` in `language` (its English msgid when the catalogue has no translation;
/// a key the table lacks does not compile: WordKey).
std::string_view word(Key key, Language language);

}  // namespace pymes::annual_text
