#include "pymes/core/agreement.hpp"

namespace pymes {

const std::vector<Signatory>& founding_signatories() {
    static const std::vector<Signatory> signatories = {
        {"ALIDE", "Alide"},         {"CLAMPI", "Clampi"},
        {"INTAL", "Intal"},         {"MIPYMES-MERCOSUR", "Comisión Mipymes Mercosur"},
        {"OLAMP", "Olamp"},         {"BOLIVAR", "Programa Bolívar"},
        {"SELA", "Sela"},           {"TIPS", "Tips"},
        {"UNESCO", "Unesco"},       {"ALADI", "Aladi"},
        {"PARLATINO", "Parlatino"},
    };
    return signatories;
}

}  // namespace pymes
