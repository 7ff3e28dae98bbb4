#pragma once
// The institution's own fields as options, shared by `institution add|edit` and `accede`.

#include "context.hpp"
#include "pymes/core/text.hpp"
#include "pymes/entities/institution.hpp"
#include "record_options.hpp"

namespace pymes::cli {

/// One option per field of institution_spec() but the code, each checked by the library's
/// normalize() as an import checks the same column.
struct InstitutionFieldOptions {
    explicit InstitutionFieldOptions(Context& ctx) : options(institution_spec(), ctx) {}
    void add_to(CLI::App* cmd);
    Patch fields() const { return options.patch(); }
    RecordOptions options;
};

/// Prints one institution with its membership in the chosen format.
void print_institution(Context& ctx, const InstitutionStatus& s);

inline std::string text_upper(std::string_view s) { return text::upper(text::trim(s)); }

}  // namespace pymes::cli
