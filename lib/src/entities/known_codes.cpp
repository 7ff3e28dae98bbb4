#include <SQLiteCpp/Statement.h>

#include "pymes/entities.hpp"
#include "pymes/errors.hpp"
#include "pymes/i18n.hpp"
#include "pymes/text.hpp"
#include "store/db.hpp"

namespace pymes {

void require_institutions(Registry& registry, const std::vector<std::string>& codes,
                          std::string_view option) {
    for (const auto& code : codes) {
        SQLite::Statement& known =
            statement_of(registry, "SELECT 1 FROM institution WHERE code = ?");
        known.bind(1, code);
        const bool found = known.executeStep();
        // Reset at once: a kept statement left on its row keeps a read of the registry open.
        known.tryReset();
        if (found) continue;
        std::vector<std::string> all;
        SQLite::Statement every(db_of(registry), "SELECT code FROM institution ORDER BY code");
        while (every.executeStep()) all.push_back(every.getColumn(0).getString());
        const std::string near = text::closest(code, all);
        throw DataError(!near.empty() ? trf("{}: there is no institution {}; did you mean {}?",
                                            option, code, near)
                                      : trf("{}: there is no institution {}", option, code),
                        tr("`pymes institution list` shows every code"));
    }
}

}  // namespace pymes
