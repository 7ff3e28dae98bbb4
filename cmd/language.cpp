// The interface language (SPEC §11): --language, else the config's `language`, else the locale
// in GNU gettext's order, else Spanish, the agreement's language. It is chosen before the
// command line is built, because help texts are translated as they are added.
#include <unistd.h>

#include <climits>
#include <cstring>
#include <string_view>

#include "context.hpp"
#include "pymes/core/i18n.hpp"

namespace pymes::cli {

namespace {

/// The value of `name` on the command line ("--language pt" or "--language=pt"), up to "--".
std::optional<std::string> scan(int argc, const char* const* argv, std::string_view name) {
    std::optional<std::string> found;
    for (int i = 1; i < argc; ++i) {
        std::string_view a = argv[i];
        if (a == "--") break;
        if (a == name && i + 1 < argc) {
            found = argv[++i];
        } else if (a.size() > name.size() && a.substr(0, name.size()) == name &&
                   a[name.size()] == '=') {
            found = std::string(a.substr(name.size() + 1));
        }
    }
    return found;
}

bool given(int argc, const char* const* argv, std::string_view flag) {
    for (int i = 1; i < argc; ++i) {
        if (std::string_view(argv[i]) == "--") break;
        if (argv[i] == flag) return true;
    }
    return false;
}

/// "pt_BR.UTF-8" -> pt; "C", "POSIX", "C.UTF-8" name no language; nullopt for those and for a
/// language pymes does not speak.
std::optional<Language> locale_language(std::string_view locale) {
    const auto end = locale.find_first_of("_.@");
    const std::string_view lang = locale.substr(0, end);
    if (lang == "C" || lang == "POSIX") return std::nullopt;
    return parse_language(lang);
}

/// The language of the environment, in GNU gettext's order: LANGUAGE (a list, the first that
/// pymes speaks), then the locale of messages (LC_ALL, else LC_MESSAGES, else LANG).
std::optional<std::pair<Language, std::string>> environment_language(const Environment& env) {
    if (auto list = env("LANGUAGE"); list && !list->empty()) {
        std::string_view rest = *list;
        while (!rest.empty()) {
            const auto colon = rest.find(':');
            if (auto l = locale_language(rest.substr(0, colon)))
                return std::pair(*l, std::string("$LANGUAGE"));
            if (colon == std::string_view::npos) break;
            rest.remove_prefix(colon + 1);
        }
    }
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (auto value = env(name); value && !value->empty()) {
            if (auto l = locale_language(*value)) return std::pair(*l, "$" + std::string(name));
            return std::nullopt;
        }
    return std::nullopt;
}

/// The config's `language`, if the config names one; a config that cannot be read is the
/// command's problem, reported when the command reads it, not the language's.
std::optional<std::pair<Language, std::string>> config_language(int argc, const char* const* argv,
                                                                const Environment& env) {
    if (given(argc, argv, "--no-config")) return std::nullopt;
    ConfigRequest request;
    request.config_path = scan(argc, argv, "--config");
    if (!request.config_path) request.config_path = scan(argc, argv, "-c");
    if (request.config_path && request.config_path->empty()) return std::nullopt;
    try {
        const Config config = load_config(request, env);
        if (auto l = parse_language(config.language))
            return std::pair(*l, config.origin.at("language"));
        return std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

/// Where the catalogues may be: $PYMES_LOCALEDIR (a translator's or a test's), beside the
/// program (PREFIX/bin/pymes -> PREFIX/share/locale; the build tree has the same layout), the
/// build tree, the installation prefix.
std::vector<std::string> catalogue_dirs(const Environment& env) {
    std::vector<std::string> dirs;
    if (auto d = env("PYMES_LOCALEDIR"); d && !d->empty()) dirs.push_back(*d);
    char exe[PATH_MAX];
    if (ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe - 1); n > 0) {
        std::string path(exe, static_cast<std::size_t>(n));
        if (auto slash = path.rfind('/'); slash != std::string::npos)
            dirs.push_back(path.substr(0, slash) + "/../share/locale");
    }
    dirs.emplace_back(PYMES_BUILD_LOCALEDIR);
    dirs.emplace_back(PYMES_INSTALL_LOCALEDIR);
    return dirs;
}

}  // namespace

std::pair<Language, std::string> choose_language(int argc, const char* const* argv,
                                                 const Environment& env) {
    std::pair<Language, std::string> chosen{Language::es, "default"};
    if (auto option = scan(argc, argv, "--language"); option && parse_language(*option))
        chosen = {*parse_language(*option), "--language"};
    else if (auto configured = config_language(argc, argv, env))
        chosen = *configured;
    else if (auto from_locale = environment_language(env))
        chosen = *from_locale;
    set_interface_language(chosen.first, catalogue_dirs(env));
    return chosen;
}

}  // namespace pymes::cli
