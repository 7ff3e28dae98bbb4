#include "pymes/entities/institution.hpp"

// An institution and its membership as the cells of a row: the columns of SPEC §4 that list,
// show, export and the importers share: institution_spec()'s fields, then its derived columns
// (the membership's, then which founding signatory it is, migration 0010), each a cell of its
// type.

namespace pymes {

const std::vector<std::string>& institution_columns() {
    static const std::vector<std::string> columns = file_columns(institution_spec());
    return columns;
}

Row institution_row(const InstitutionStatus& s) {
    const EntitySpec& spec = institution_spec();
    const auto& j = s.membership.joined;
    const Value derived[] = {std::string(to_string(s.membership.status)),
                             j ? Value(j->date) : Value(),
                             j ? Value(std::string(kind_name(j->kind))) : Value(),
                             j ? j->place : Value(),
                             j ? j->reference : Value(),
                             s.membership.withdrawn_on,
                             s.founder};
    static_assert(std::size(derived) == 7);
    Row row = record_row(s.institution, "");
    for (std::size_t c = 0; c < spec.derived.size(); ++c)
        row.push_back(field_cell(spec, spec.derived[c], derived[c], ""));
    return row;
}

Table institution_table(const std::vector<InstitutionStatus>& list) {
    Table t{institution_columns(), {}};
    t.rows.reserve(list.size());
    for (const auto& s : list) t.rows.push_back(institution_row(s));
    return t;
}

}  // namespace pymes
