#pragma once
/// Every string a person reads goes through these (SPEC §11). xgettext extracts their arguments:
/// --keyword=tr --keyword=trf --keyword=trn:1,2 --keyword=trc:1c,2 --keyword=N_ --keyword=NC_:1c,2
///
///   tr("text")                         the text in the interface language
///   trf("the activity {} ...", a, b)   the same, then fmt-formatted with the arguments
///   trn("{} event", "{} events", n)    the plural form for n (then format it yourself)
///   trc("activity status", "planned")  a text whose translation depends on what it is said of
///                                      (gettext's msgctxt: gender, or a word that is a noun here
///                                      and a verb there)
///   N_("text"), NC_("ctx", "text")     marked for extraction only (static tables); translate
///                                      where it is shown, with tr(text) / trc(ctx, text)
///
/// The catalogues are GNU gettext .mo files read with Boost.Locale's own reader, which needs no
/// locale installed on the system. The language is process-wide and set once by the executable
/// (before it builds its help texts); the library only reads it. Until it is set, and for
/// English, every text is its own msgid.
///
/// Machine formats (CSV/JSON keys and values, exit codes, the "pymes: error:" prefix, FILE:LINE)
/// never go through these.

#include <fmt/format.h>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/core/language.hpp"

namespace pymes {

/// Makes `language` the interface language of the process, its catalogue read from the first of
/// `catalogue_dirs` (each laid out as DIR/LANG/LC_MESSAGES/pymes.mo) that has one. Returns false
/// when no directory has it (texts then stay English).
bool set_interface_language(Language language, const std::vector<std::string>& catalogue_dirs);

/// The language set by set_interface_language (English until then).
Language interface_language();

/// The text in the interface language (set once by the executable), or itself untranslated.
const char* tr(const char* msgid);
/// The singular or plural form of a message for `n`.
const char* trn(const char* singular, const char* plural, unsigned long n);
/// The text said in `context` (msgctxt).
const char* trc(const char* context, const char* msgid);
/// The same in a given language rather than the interface's (the digest names its own).
const char* trc_in(Language language, const char* context, const char* msgid);

/// The system's message for the errno value `err` (what strerror says in English) in the
/// interface language: "No such file or directory" is "No existe el archivo o la carpeta".
/// strerror alone would speak English, from the C locale pymes runs in.
std::string system_error_text(int err);

template <typename... Args>
std::string trf(const char* msgid, Args&&... args) {
    return fmt::format(fmt::runtime(tr(msgid)), std::forward<Args>(args)...);
}

/// The plural form for `n`, fmt-formatted with `n` and then `args`.
template <typename... Args>
std::string trnf(const char* singular, const char* plural, unsigned long n, Args&&... args) {
    return fmt::format(fmt::runtime(trn(singular, plural, n)), n, std::forward<Args>(args)...);
}

/// One entry of a catalogue of words looked up by key (the digest's, the annual report's, the
/// site's): the key the code names, and the English msgid, said in the catalogue's context.
struct Word {
    std::string_view key;
    const char* msgid;
};

/// Where `key` is in `table`. Reached in a constant expression (a key written in the code, made
/// a WordKey), a key the table lacks does not compile; at run time (a key computed) it throws
/// std::logic_error, a bug, which any test that reaches the line reports.
template <std::size_t N>
constexpr std::size_t word_index(const Word (&table)[N], std::string_view key) {
    for (std::size_t i = 0; i < N; ++i)
        if (table[i].key == key) return i;
    throw std::logic_error("no word in the catalogue for the key " + std::string(key));
}

/// A key of the catalogue `Table`, checked when the program is compiled: `word("title", l)`
/// with a mistyped key is a compile error, not a page that prints the key.
template <const auto& Table>
class WordKey {
  public:
    template <std::size_t N>
    consteval WordKey(const char (&key)[N])  // NOLINT: implicit, so that a literal is a key
        : index_(word_index(Table, std::string_view(key, N - 1))) {}
    /// A key computed at run time (a section's, a status's name): checked then.
    static WordKey named(std::string_view key) { return WordKey(word_index(Table, key)); }
    const char* msgid() const { return Table[index_].msgid; }

  private:
    explicit constexpr WordKey(std::size_t index) : index_(index) {}
    std::size_t index_;
};

/// "a, b or c" in the interface language: the values of a fixed list, said in a sentence.
std::string or_list(const std::vector<std::string>& words);

/// A value of a fixed list as a sentence shows it: the value as it is typed, then its word in
/// the interface language where its table marks one (NC_("value", "table")) and the word differs:
/// "table (tabla)"; the value alone otherwise.
std::string value_with_word(std::string_view value);
/// The values of a fixed list with their words (value_with_word), said as or_list says them:
/// "table (tabla), csv o json". Help texts and `config init` show a table's values so.
std::string values_or_list(const std::vector<std::string>& values);

}  // namespace pymes

#define N_(text) text
#define NC_(context, text) text
