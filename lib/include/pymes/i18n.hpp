#pragma once
/// Every string a person reads goes through these (SPEC §11). xgettext extracts their first
/// arguments: --keyword=tr --keyword=trn:1,2 --keyword=trf --keyword=N_.
///
///   tr("text")                         the text in the interface language
///   trf("the activity {} ...", a, b)   the same, then fmt-formatted with the arguments
///   trn("{} event", "{} events", n)    the plural form for n (then format it yourself)
///   N_("text")                         marked for extraction only (static tables); translate
///                                      where it is shown, with tr(text)
///
/// Machine formats (CSV/JSON keys and values, exit codes, the "pymes: error:" prefix, FILE:LINE)
/// never go through these.

#include <fmt/format.h>

#include <string>

namespace pymes {

/// The text in the interface language (set once by the executable), or itself untranslated.
const char* tr(const char* msgid);
/// The singular or plural form of a message for `n`.
const char* trn(const char* singular, const char* plural, unsigned long n);

template <typename... Args>
std::string trf(const char* msgid, Args&&... args) {
    return fmt::format(fmt::runtime(tr(msgid)), std::forward<Args>(args)...);
}

}  // namespace pymes

#define N_(text) text
