#include "pymes/entities/institution.hpp"

// An institution and its membership as the cells of a row: the columns of SPEC §4 that list,
// show, export and the importers share: institution_spec()'s fields, then the membership's, then
// which founding signatory it is (migration 0010), last so that older files keep their columns.

namespace pymes {

const std::vector<std::string>& institution_columns() {
    static const std::vector<std::string> columns = [] {
        std::vector<std::string> c = column_names(institution_spec());
        c.insert(c.end(), {"status", "joined_on", "joined_via", "joined_place", "joined_reference",
                           "withdrawn_on", "founder"});
        return c;
    }();
    return columns;
}

Row institution_row(const InstitutionStatus& s) {
    const auto& j = s.membership.joined;
    Row row = record_row(s.institution, "");
    row.insert(row.end(),
               {Cell::of(std::string(to_string(s.membership.status))),
                j ? Cell::of(j->date) : Cell::null(),
                j ? Cell::of(std::string(kind_name(j->kind))) : Cell::null(),
                j ? Cell::of_optional(j->place) : Cell::null(),
                j ? Cell::of_optional(j->reference) : Cell::null(),
                Cell::of_optional(s.membership.withdrawn_on), Cell::of_optional(s.founder)});
    return row;
}

Table institution_table(const std::vector<InstitutionStatus>& list) {
    Table t{institution_columns(), {}};
    t.rows.reserve(list.size());
    for (const auto& s : list) t.rows.push_back(institution_row(s));
    return t;
}

}  // namespace pymes
