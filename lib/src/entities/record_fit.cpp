#include <algorithm>

#include "pymes/entities/record.hpp"

namespace pymes {

std::vector<ColumnFit> column_fits(const EntitySpec& spec) {
    std::vector<ColumnFit> fits;
    for (const Field& f : spec.fields) {
        ColumnFit fit;
        // Words may be shortened; dates, codes, ids, amounts and statuses are shown whole.
        fit.shorten = f.type == FieldType::text || f.type == FieldType::title ||
                      f.type == FieldType::long_text || f.type == FieldType::area ||
                      f.type == FieldType::tags || f.type == FieldType::url;
        auto rank = [&](const std::vector<std::string_view>& names, std::size_t base) {
            auto at = std::find(names.begin(), names.end(), f.name);
            if (at != names.end()) fit.drop = static_cast<std::uint8_t>(base + (names.end() - at));
        };
        fit.programs_only = f.type == FieldType::uid;
        rank(spec.narrow.low_value, kLowValue);
        rank(spec.narrow.expendable, 0);
        fits.push_back(fit);
    }
    return fits;
}

}  // namespace pymes
