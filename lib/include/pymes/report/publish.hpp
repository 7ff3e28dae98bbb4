#pragma once
/// `pymes publish DIR` (SPEC §10): a static website of the registry, rebuilt byte-identically
/// from the same registry, written into DIR in one swap so that a web server never serves half a
/// site.

#include <cstddef>
#include <string>

#include "pymes/core/dates.hpp"
#include "pymes/core/language.hpp"

namespace pymes {

class Registry;

struct PublishOptions {
    Language language = Language::es;
    Date as_of;            ///< the status table and the weekly archive stand as of this day
    std::string title;     ///< empty: the agreement's title
    std::string license;   ///< of the open data: an SPDX id or a URL; empty: none stated
    std::string homepage;  ///< the address the site is served at; empty: links stay relative
    std::string iati_reporting_org, iati_org_type;  ///< set: iati-activities.xml is written
    Language data_language = Language::es;  ///< the registry's texts' (the IATI narratives')
    int upcoming_weeks = 4;
    int max_items = 25;
};

struct PublishResult {
    std::size_t files = 0;  ///< files written
    std::size_t weeks = 0;  ///< weekly pages (weeks that had news)
    /// IATI was configured, but no activity or project has a date: the 2.03 schema requires
    /// one iati-activity at least, so iati-activities.xml was not written.
    bool iati_skipped = false;
};

/// Builds the site in a new folder beside `dir`, then puts it in place of `dir` with one
/// rename (an atomic exchange when `dir` exists). Refuses (73) a `dir` that is not a folder, or
/// a folder that holds anything but an earlier publication (it would be replaced whole).
PublishResult publish_site(Registry& registry, const std::string& dir,
                           const PublishOptions& options);

}  // namespace pymes
