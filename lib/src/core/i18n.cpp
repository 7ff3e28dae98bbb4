#include "pymes/core/i18n.hpp"

#include <array>
#include <atomic>
#include <boost/locale/gnu_gettext.hpp>
#include <boost/locale/message.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <locale>
#include <mutex>

namespace pymes {

namespace {

using Catalogue = boost::locale::message_format<char>;

// One catalogue per language, loaded once and kept for the life of the process: tr() returns
// pointers into it. The import's reading thread translates its errors too, hence the atomics.
struct Catalogues {
    std::mutex loading;
    std::vector<std::string> dirs;
    std::array<std::locale, kLanguages.size()> owners;  // a facet belongs to a locale
    std::array<const Catalogue*, kLanguages.size()> loaded{};
    std::array<std::atomic<const Catalogue*>, kLanguages.size()> ready{};
    std::array<bool, kLanguages.size()> tried{};
    std::atomic<Language> current{Language::en};
};

Catalogues& catalogues() {
    static Catalogues c;
    return c;
}

/// The catalogue of `language`, or nullptr (English, or no .mo found).
const Catalogue* catalogue(Language language) {
    if (!kLanguageTable[index(language)].catalogue) return nullptr;  // the msgids' language
    Catalogues& c = catalogues();
    const std::size_t i = index(language);
    if (const Catalogue* ready = c.ready[i].load(std::memory_order_acquire)) return ready;
    std::lock_guard<std::mutex> lock(c.loading);
    if (!c.tried[i]) {
        c.tried[i] = true;
        boost::locale::gnu_gettext::messages_info info;
        info.language = std::string(language_code(language));
        info.encoding = "UTF-8";
        info.domains.emplace_back("pymes");
        // The first directory that has the file, so that "not found" is known (Boost's reader
        // then translates nothing, silently).
        for (const std::string& dir : c.dirs) {
            std::error_code ec;
            if (std::filesystem::is_regular_file(
                    std::filesystem::path(dir) / info.language / "LC_MESSAGES" / "pymes.mo", ec)) {
                info.paths = {dir};
                break;
            }
        }
        if (!info.paths.empty()) {
            try {
                Catalogue* facet = boost::locale::gnu_gettext::create_messages_facet<char>(info);
                c.owners[i] = std::locale(std::locale::classic(), facet);
                c.loaded[i] = facet;
            } catch (const std::exception&) {
                c.loaded[i] = nullptr;  // a damaged catalogue: English rather than no program
            }
        }
        c.ready[i].store(c.loaded[i], std::memory_order_release);
    }
    return c.loaded[i];
}

/// What a file operation can meet, in glibc's words (the msgids; English stays strerror's).
struct SystemError {
    int err;
    const char* text;
};

constexpr SystemError kSystemErrors[] = {
    {ENOENT, N_("No such file or directory")},
    {ENOTDIR, N_("Not a directory")},
    {EISDIR, N_("Is a directory")},
    {EACCES, N_("Permission denied")},
    {EPERM, N_("Operation not permitted")},
    {EEXIST, N_("File exists")},
    {ENOTEMPTY, N_("Directory not empty")},
    {ENOSPC, N_("No space left on device")},
    {EDQUOT, N_("Disk quota exceeded")},
    {EFBIG, N_("File too large")},
    {EROFS, N_("Read-only file system")},
    {EIO, N_("Input/output error")},
    {ENAMETOOLONG, N_("File name too long")},
    {ELOOP, N_("Too many levels of symbolic links")},
    {EMFILE, N_("Too many open files")},
    {ENFILE, N_("Too many open files in system")},
    {EBUSY, N_("Device or resource busy")},
    {ETXTBSY, N_("Text file busy")},
    {EXDEV, N_("Invalid cross-device link")},
    {ENXIO, N_("No such device or address")},
    {ENODEV, N_("No such device")},
    {EINVAL, N_("Invalid argument")},
    {ENOMEM, N_("Cannot allocate memory")},
    {EAGAIN, N_("Resource temporarily unavailable")},
    {EPIPE, N_("Broken pipe")},
    {ESPIPE, N_("Illegal seek")},
};

}  // namespace

std::string system_error_text(int err) {
    if (interface_language() != Language::en)
        for (const SystemError& e : kSystemErrors)
            if (e.err == err) return tr(e.text);
    return std::strerror(err);
}

bool set_interface_language(Language language, const std::vector<std::string>& catalogue_dirs) {
    Catalogues& c = catalogues();
    {
        std::lock_guard<std::mutex> lock(c.loading);
        c.dirs = catalogue_dirs;
    }
    c.current.store(language);
    return !kLanguageTable[index(language)].catalogue || catalogue(language) != nullptr;
}

Language interface_language() { return catalogues().current.load(); }

const char* trc_in(Language language, const char* context, const char* msgid) {
    if (*msgid == '\0') return msgid;  // "" is the catalogue's header, not a text
    if (const Catalogue* cat = catalogue(language))
        if (const char* text = cat->get(0, context, msgid)) return text;
    return msgid;
}

const char* tr(const char* msgid) { return trc_in(interface_language(), nullptr, msgid); }

const char* trc(const char* context, const char* msgid) {
    return trc_in(interface_language(), context, msgid);
}

const char* trn(const char* singular, const char* plural, unsigned long n) {
    if (const Catalogue* cat = catalogue(interface_language()))
        if (const char* text = cat->get(0, nullptr, singular, static_cast<int>(n % 1000000)))
            return text;
    return n == 1 ? singular : plural;
}

std::string or_list(const std::vector<std::string>& words) {
    if (words.empty()) return {};
    std::string first;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) first += (i ? ", " : "") + words[i];
    // TRANSLATORS: the last two of a list of values ("csv, json or xlsx"); the values stay.
    return words.size() == 1 ? words[0] : trf("{} or {}", first, words.back());
}

std::string value_with_word(std::string_view value) {
    const std::string v(value);
    const char* word = trc("value", v.c_str());
    return v == word ? v : fmt::format("{} ({})", v, word);
}

std::string values_or_list(const std::vector<std::string>& values) {
    std::vector<std::string> said;
    for (const auto& v : values) said.push_back(value_with_word(v));
    return or_list(said);
}

}  // namespace pymes
