// The annual report's words. They live in the gettext catalogues (po/LANG.po) like every other
// text; this table maps the renderers' keys to their English msgids, said in the context
// "annual report" so that they do not meet other messages and a translator sees where they
// appear (the digest's way, digest_catalogue.cpp). Statuses, membership events, months and
// areas are the digest's, which agree with their noun (un proyecto aprobado, una actividad
// realizada).
#include "report/annual_catalogue.hpp"

#include "pymes/core/i18n.hpp"

namespace pymes::annual_text {

std::string_view word(Key key, Language language) {
    return trc_in(language, "annual report", key.msgid());
}

}  // namespace pymes::annual_text
