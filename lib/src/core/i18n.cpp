#include "pymes/i18n.hpp"

namespace pymes {

// Until the catalogues land (#17) every text is its own translation.
const char* tr(const char* msgid) { return msgid; }
const char* trn(const char* singular, const char* plural, unsigned long n) {
    return n == 1 ? singular : plural;
}

}  // namespace pymes
