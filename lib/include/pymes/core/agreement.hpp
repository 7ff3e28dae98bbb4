#pragma once
/// The agreement itself (the seed's text, SPEC §1): its title, place and date, and its 11 founding
/// signatories. Facts, not data: every registry starts from them.

#include <string_view>
#include <vector>

#include "pymes/core/dates.hpp"

namespace pymes {

/// A founding signatory, as the agreement lists it.
struct Signatory {
    std::string_view code;
    std::string_view name;
};
/// The 11 founding signatories in the agreement's own order (SPEC §2). A function, not an
/// exported object: objects exported from a shared library are copied into the executable.
const std::vector<Signatory>& founding_signatories();
/// The agreement's title, place and date.
inline constexpr std::string_view kAgreementTitle =
    "Acuerdo Marco de Cooperación Interinstitucional entre las Instituciones Latinoamericanas de "
    "Apoyo al Desarrollo de las Pymes";
inline constexpr std::string_view kAgreementPlace = "Arequipa";

}  // namespace pymes
