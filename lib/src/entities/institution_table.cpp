#include "pymes/institution.hpp"

// An institution and its membership as the cells of a row: the columns of SPEC §4 that list,
// show, export and the importers share.

namespace pymes {

const std::vector<std::string>& institution_columns() {
    static const std::vector<std::string> columns = {"code",         "name",
                                                     "country",      "scope",
                                                     "kind",         "website",
                                                     "email",        "contact",
                                                     "notes",        "status",
                                                     "joined_on",    "joined_via",
                                                     "joined_place", "joined_reference",
                                                     "withdrawn_on"};
    return columns;
}

Row institution_row(const InstitutionStatus& s) {
    const auto& i = s.institution;
    const auto& j = s.membership.joined;
    return {Cell::of(i.code),
            Cell::of(i.name),
            Cell::of_optional(i.country),
            Cell::of_optional(i.scope),
            Cell::of_optional(i.kind),
            Cell::of_optional(i.website),
            Cell::of_optional(i.email),
            Cell::of_optional(i.contact),
            Cell::of_optional(i.notes),
            Cell::of(std::string(to_string(s.membership.status))),
            j ? Cell::of(j->date) : Cell::null(),
            j ? Cell::of(std::string(kind_name(j->kind))) : Cell::null(),
            j ? Cell::of_optional(j->place) : Cell::null(),
            j ? Cell::of_optional(j->reference) : Cell::null(),
            Cell::of_optional(s.membership.withdrawn_on)};
}

Table institution_table(const std::vector<InstitutionStatus>& list) {
    Table t{institution_columns(), {}};
    t.rows.reserve(list.size());
    for (const auto& s : list) t.rows.push_back(institution_row(s));
    return t;
}

}  // namespace pymes
