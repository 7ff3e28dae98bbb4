#pragma once
// The institution's own fields as options, shared by `institution add|edit` and `accede`.

#include "context.hpp"
#include "pymes/institution.hpp"
#include "pymes/text.hpp"

namespace pymes::cli {

struct InstitutionFieldOptions {
    OptionalText name, country, scope, kind, website, email, contact, notes;
    void add_to(CLI::App* cmd);
    InstitutionFields fields() const;
};

/// Prints one institution with its membership in the chosen format.
void print_institution(Context& ctx, const InstitutionStatus& s);

inline std::string text_upper(std::string_view s) { return text::upper(text::trim(s)); }

}  // namespace pymes::cli
