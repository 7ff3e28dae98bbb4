#pragma once
/// Activities and projects as IATI 2.03 XML (an iati-activities file), for the parties that
/// publish under the International Aid Transparency Initiative's standard.

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "pymes/core/language.hpp"
#include "pymes/entities/record.hpp"

namespace pymes {

class Registry;

struct IatiOptions {
    std::string
        reporting_org;     ///< IATI organisation identifier (config publish.iati_reporting_org)
    std::string org_type;  ///< OrganisationType code (config publish.iati_org_type)
    std::string reporting_name;  ///< the reporting organisation's name
    std::string vocabulary_uri;  ///< where the five areas (sector vocabulary 99) are described
    /// The language of the registry's texts (config publish.data_language): every narrative's
    /// xml:lang, and the language the areas are named in. Not the interface's language.
    Language language = Language::es;
    /// The day the file describes (YYYY-MM-DD): no actual date is after it. Empty: the
    /// registry clock's today.
    std::string today;
};

/// Writes one iati-activities document (version 2.03): an iati-activity per activity and per
/// project, identified as ORG-pymes-activity-ID / ORG-pymes-project-ID. Status and dates map
/// to the ActivityStatus and ActivityDateType codelists (an actual date is never after `today`:
/// a start still to come is planned; the actual end of a completed project is the day its last
/// change to completed took effect, of a done activity its end, or the day the history shows it
/// done if that end is still to come; a planned end is kept beside it), the area is a sector of
/// vocabulary 99, institutions are participating organisations (activity: implementing; project:
/// the lead accountable, partners implementing, the funding source funding), a budget with start
/// and end dates is a budget with its currency and value date. A record without any date is left
/// out (IATI requires an activity date). Throws ConfigError (78) without a reporting org.
/// Returns the number of iati-activity elements written (records with no date are left out).
std::size_t write_iati(std::ostream& out, Registry& registry, const std::vector<Record>& activities,
                       const std::vector<Record>& projects, const IatiOptions& options);

}  // namespace pymes
