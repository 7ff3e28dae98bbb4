#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"
#include "pymes/entities/entities.hpp"
#include "store/db.hpp"

namespace pymes {

namespace {

bool known(Registry& registry, const std::string& code) {
    SQLite::Statement& q = statement_of(registry, "SELECT 1 FROM institution WHERE code = ?");
    q.bind(1, code);
    const bool found = q.executeStep();
    // Reset at once: a kept statement left on its row keeps a read of the registry open.
    q.tryReset();
    return found;
}

}  // namespace

std::optional<RenamedCode> renamed_code(Registry& registry, std::string_view code_arg) {
    // The rename rows ({"code": [OLD, NEW]}, keyed NEW: institution_rename.cpp), the latest
    // first: a code may have been given up, taken by another and given up again.
    SQLite::Statement q(db_of(registry),
                        "SELECT key, substr(at, 1, 10) FROM history WHERE action = 'rename' "
                        "AND entity = 'institution' AND json_extract(changes, '$.code[0]') = ? "
                        "ORDER BY id DESC LIMIT 1");
    std::string code = text::upper(text::trim(code_arg));
    // A chain of renames ends at a code the registry has, or at one removed since: then the
    // old code names nothing. Bounded: a chain cannot be longer than the history's renames.
    for (int step = 0; step < 1000; ++step) {
        q.bind(1, code);
        if (!q.executeStep()) return std::nullopt;
        RenamedCode renamed{q.getColumn(0).getString(), q.getColumn(1).getString()};
        q.reset();
        if (known(registry, renamed.code)) return renamed;
        code = renamed.code;
    }
    return std::nullopt;
}

UnknownCode unknown_institution(Registry& registry, std::string_view code_arg) {
    const std::string code = text::upper(text::trim(code_arg));
    if (auto renamed = renamed_code(registry, code))
        return {trf("{} is now {} since {}", code, renamed->code, renamed->on),
                trf("use {}; `pymes log --key {}` shows the rename", renamed->code, code),
                {}};
    std::vector<std::string> all;
    SQLite::Statement every(db_of(registry), "SELECT code FROM institution ORDER BY code");
    while (every.executeStep()) all.push_back(every.getColumn(0).getString());
    const std::string near = text::closest(code, all);
    return {trf("there is no institution {}", code),
            near.empty() ? std::string(tr("`pymes institution list` shows every code"))
                         : trf("did you mean {}?", near),
            near};
}

void require_institutions(Registry& registry, const std::vector<std::string>& codes,
                          std::string_view option) {
    for (const auto& code : codes) {
        if (known(registry, code)) continue;
        const UnknownCode unknown = unknown_institution(registry, code);
        if (unknown.near.empty())
            throw DataError(fmt::format("{}: {}", option, unknown.message), unknown.hint);
        throw DataError(trf("{}: there is no institution {}; did you mean {}?", option,
                            text::upper(text::trim(code)), unknown.near),
                        tr("`pymes institution list` shows every code"));
    }
}

}  // namespace pymes
