#include "pymes/core/i18n.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.hpp"

namespace pymes {

namespace {

using detail::Catalogue;

// One catalogue per language, loaded once and kept for the life of the process: tr() returns
// pointers into it. The import's reading thread translates its errors too, hence the atomics.
struct Catalogues {
    std::mutex loading;
    std::vector<std::string> dirs;
    std::array<std::optional<Catalogue>, kLanguages.size()> loaded;
    std::array<std::atomic<const Catalogue*>, kLanguages.size()> ready{};
    std::array<bool, kLanguages.size()> tried{};
    std::atomic<Language> current{Language::en};
};

Catalogues& catalogues() {
    static Catalogues& c = *new Catalogues;  // never freed: tr()'s texts outlive everything
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
        // The first directory that has the file.
        for (const std::string& dir : c.dirs) {
            const std::filesystem::path file = std::filesystem::path(dir) /
                                               std::string(language_code(language)) /
                                               "LC_MESSAGES" / "pymes.mo";
            std::error_code ec;
            if (std::filesystem::is_regular_file(file, ec)) {
                c.loaded[i] = Catalogue::read(file);  // a damaged one: English
                break;
            }
        }
        c.ready[i].store(c.loaded[i] ? &*c.loaded[i] : nullptr, std::memory_order_release);
    }
    return c.loaded[i] ? &*c.loaded[i] : nullptr;
}

/// The key of a message said in `context`: gettext's "CONTEXT\x04MSGID".
std::string with_context(const char* context, const char* msgid) {
    return std::string(context) + '\x04' + msgid;
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
        if (const char* text = context ? cat->get(with_context(context, msgid)) : cat->get(msgid))
            return text;
    return msgid;
}

const char* tr(const char* msgid) { return trc_in(interface_language(), nullptr, msgid); }

const char* trc(const char* context, const char* msgid) {
    return trc_in(interface_language(), context, msgid);
}

const char* trn(const char* singular, const char* plural, unsigned long n) {
    if (const Catalogue* cat = catalogue(interface_language()))
        if (const char* text = cat->get(singular, cat->plural_form(n % 1000000))) return text;
    return n == 1 ? singular : plural;
}

std::string or_list(const std::vector<std::string>& words) {
    if (words.empty()) return {};
    std::string first;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) first += (i ? ", " : "") + words[i];
    // TRANSLATORS: the last two of a list of values ("csv, json or xlsx"); the values stay.
    return words.size() == 1 ? words[0] : trf("{} or {}", first, words.back());
}

}  // namespace pymes
