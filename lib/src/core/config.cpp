#include "pymes/core/config.hpp"

#include <date/tz.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <type_traits>
#include <variant>

#include "core/config_keys.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"

namespace pymes {

namespace fs = std::filesystem;

Environment process_environment() {
    return [](const std::string& name) -> std::optional<std::string> {
        const char* v = std::getenv(name.c_str());
        if (!v) return std::nullopt;
        return std::string(v);
    };
}

const std::vector<std::string>& config_keys() {
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> names;
        for (const auto& k : config_key_table()) names.emplace_back(k.name);
        return names;
    }();
    return keys;
}

std::string expand_home(const std::string& path, const Environment& env) {
    if (path == "~" || path.rfind("~/", 0) == 0) {
        if (auto home = env("HOME")) return *home + path.substr(1);
    }
    return path;
}

namespace {

/// An XDG base directory: the variable when it holds an absolute path, else ~/fallback.
std::string xdg_dir(const Environment& env, const char* var, const char* fallback) {
    if (auto v = env(var); v && !v->empty() && v->front() == '/') return *v;
    return expand_home(std::string("~/") + fallback, env);
}

std::string where(const std::string& file, const toml::source_region& at) {
    return fmt::format("{}:{}:{}", file, at.begin.line, at.begin.column);
}

struct Reader {
    Config& config;
    const std::string& file;

    [[noreturn]] void wrong(const std::string& key, const toml::node& node,
                            std::string_view expected) {
        throw ConfigError(trf("{}: '{}' must be {}", where(file, node.source()), key, expected),
                          trf("fix the file, or see `pymes config init` for every key"));
    }

    void string(const ConfigKey& key, const toml::node& node, std::string& out) {
        const std::string name(key.name);
        auto v = node.value<std::string>();
        if (!node.is_string() || !v) wrong(name, node, tr("a string"));
        if (!key.allowed.empty() &&
            std::find(key.allowed.begin(), key.allowed.end(), *v) == key.allowed.end()) {
            std::string list;
            for (auto a : key.allowed) list += (list.empty() ? "" : ", ") + std::string(a);
            wrong(name, node, trf("one of {}", list));
        }
        if (key.rule)
            if (auto expected = key.rule(*v); !expected.empty()) wrong(name, node, expected);
        out = *v;
    }

    void integer(const ConfigKey& key, const toml::node& node, int& out) {
        const std::string name(key.name);
        if (!node.is_integer()) wrong(name, node, tr("a whole number"));
        auto v = *node.value<std::int64_t>();
        if (v < key.min || v > key.max)
            wrong(name, node, trf("a whole number from {} to {}", key.min, key.max));
        out = int(v);
    }

    void boolean(const ConfigKey& key, const toml::node& node, bool& out) {
        if (!node.is_boolean()) wrong(std::string(key.name), node, tr("true or false"));
        out = *node.value<bool>();
    }

    /// Sets the key's member from `node`, as the key's type says.
    void set(const ConfigKey& key, const toml::node& node) {
        std::visit(
            [&](auto member) {
                using M = std::remove_reference_t<decltype(config.*member)>;
                if constexpr (std::is_same_v<M, std::string>)
                    string(key, node, config.*member);
                else if constexpr (std::is_same_v<M, int>)
                    integer(key, node, config.*member);
                else
                    boolean(key, node, config.*member);
            },
            key.member);
        config.origin[std::string(key.name)] = fmt::format("{}:{}", file, node.source().begin.line);
    }

    /// Unknown keys are warnings, kept in the file's order (tables iterate by name).
    std::vector<std::pair<toml::source_position, std::string>> unknown_keys;

    void unknown(const std::string& key, const toml::key& at) {
        std::string near = text::closest(key, config_keys());
        unknown_keys.emplace_back(
            at.source().begin,
            near.empty() ? trf("{}: unknown key '{}' is ignored", where(file, at.source()), key)
                         : trf("{}: unknown key '{}' is ignored (did you mean '{}'?)",
                               where(file, at.source()), key, near));
    }

    void finish() {
        std::sort(unknown_keys.begin(), unknown_keys.end(), [](const auto& a, const auto& b) {
            return std::pair(a.first.line, a.first.column) <
                   std::pair(b.first.line, b.first.column);
        });
        for (auto& [at, message] : unknown_keys) config.warnings.push_back(std::move(message));
    }

    /// A table's keys are read with its name before them ("digest.max_items"); a table that no
    /// key belongs to is an unknown key, like any other.
    static bool is_table_name(const std::string& name) {
        for (const auto& k : config_key_table())
            if (k.name.size() > name.size() && k.name.substr(0, name.size()) == name &&
                k.name[name.size()] == '.')
                return true;
        return false;
    }

    void read(const toml::table& table, const std::string& prefix = "") {
        for (const auto& [k, node] : table) {
            const std::string key =
                prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
            if (prefix.empty() && is_table_name(key)) {
                if (node.is_table())
                    read(*node.as_table(), key);
                else
                    wrong(key, node, trf("a table ([{}])", key));
            } else if (const ConfigKey* entry = find_config_key(key)) {
                set(*entry, node);
            } else {
                unknown(key, k);
            }
        }
    }
};

}  // namespace

void read_config_text(Config& config, const std::string& text, const std::string& file) {
    try {
        toml::table root = toml::parse(text, file);
        Reader reader{config, file, {}};
        reader.read(root);
        reader.finish();
    } catch (const toml::parse_error& e) {
        throw ConfigError(
            // TRANSLATORS: the second {} is the TOML reader's own words, in English.
            trf("{}: not valid TOML: {}", where(file, e.source()), e.description()),
            tr("the config file is TOML; `pymes config init` writes a valid example"));
    }
}

namespace {

/// The file's text: a regular file of at most kMaxConfigBytes. A folder, a device or a pipe is
/// never read: named explicitly (--config, $PYMES_CONFIG) it is an input that cannot be read,
/// 66, as every named input (SPEC §6); found at the default place it is bad configuration, 78.
std::string read_config_file(const std::string& file, bool explicit_file) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) {
        throw Error(Exit::no_input, trf("cannot read the config file {}", file),
                    explicit_file ? tr("check the path given with --config or $PYMES_CONFIG") : "");
    }
    if (!S_ISREG(st.st_mode) && explicit_file) {
        throw Error(
            Exit::no_input,
            trf("the config file {} is not a regular file (a folder, a device or a pipe)", file),
            tr("name a TOML file with --config or $PYMES_CONFIG; `pymes config init` writes one"));
    }
    if (!S_ISREG(st.st_mode)) {
        throw ConfigError(
            trf("the config file {} is not a regular file (a folder, a device or a pipe)", file),
            tr("name a TOML file with --config or $PYMES_CONFIG; `pymes config init` writes one"));
    }
    auto too_big = [&] {
        return ConfigError(
            trf("the config file {} is larger than 1 MiB", file),
            tr("a pymes config is a few lines of TOML; `pymes config init` writes one"));
    };
    if (st.st_size > kMaxConfigBytes) throw too_big();
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw Error(Exit::no_input, trf("cannot read the config file {}", file),
                    explicit_file ? tr("check the path given with --config or $PYMES_CONFIG") : "");
    }
    // Read in pieces, not into a buffer of the limit's size: every start reads the config
    // (a few hundred bytes), and zeroing 1 MiB twice was a fifth of `institution list`'s time.
    std::string text;
    char piece[16384];
    while (in.read(piece, sizeof piece) || in.gcount() > 0) {
        text.append(piece, std::size_t(in.gcount()));
        if (text.size() > std::size_t(kMaxConfigBytes)) throw too_big();  // it grew meanwhile
    }
    return text;
}

}  // namespace

std::string default_config_path(const Environment& env) {
    return xdg_dir(env, "XDG_CONFIG_HOME", ".config") + "/pymes/config.toml";
}

Config load_config(const ConfigRequest& request, const Environment& env) {
    Config config;
    for (const auto& key : config_keys()) config.origin[key] = "default";

    // Which file: --config, else $PYMES_CONFIG (both must exist), else the XDG default if any.
    std::string file;
    bool explicit_file = false;
    if (!request.no_config) {
        if (request.config_path) {
            file = expand_home(*request.config_path, env);
            explicit_file = true;
        } else if (auto v = env("PYMES_CONFIG"); v && !v->empty()) {
            file = expand_home(*v, env);
            explicit_file = true;
        } else {
            file = default_config_path(env);
            std::error_code ec;
            if (!fs::exists(file, ec)) file.clear();
        }
    }
    if (!file.empty()) {
        read_config_text(config, read_config_file(file, explicit_file), file);
        config.file = file;
    }

    // The registry: --registry, $PYMES_REGISTRY, the file's `registry`, the XDG default.
    if (request.registry_path) {
        config.registry = *request.registry_path;
        config.origin["registry"] = "--registry";
    } else if (auto v = env("PYMES_REGISTRY"); v && !v->empty()) {
        config.registry = *v;
        config.origin["registry"] = "$PYMES_REGISTRY";
    } else if (config.registry.empty()) {
        config.registry = xdg_dir(env, "XDG_DATA_HOME", ".local/share") + "/pymes/registry.db";
    } else if (config.registry.front() != '/' && config.registry.front() != '~') {
        // A relative path in a config file is relative to the file, not to where cron runs.
        config.registry = (fs::path(config.file).parent_path() / config.registry).string();
    }
    config.registry = expand_home(config.registry, env);

    if (config.user.empty()) {
        auto u = env("USER");
        config.user = u && !u->empty() ? *u : "unknown";
        config.origin["user"] = u && !u->empty() ? "$USER" : "default";
        // The history records it and `log` prints it: a name with escapes could rewrite a
        // terminal. The config's `user` is checked by its rule; $USER here.
        if (const ConfigKey* key = find_config_key("user");
            key && key->rule && u && !key->rule(config.user).empty())
            throw Error(Exit::config,
                        trf("$USER ({}) holds a control character; it names who makes each "
                            "change in the history",
                            text::visible(config.user)),
                        tr("set `user` in the config, or run with another $USER"));
    }
    return config;
}

std::string config_value(const Config& c, const std::string& key) {
    const ConfigKey* entry = find_config_key(key);
    if (!entry) return {};
    return std::visit(
        [&](auto member) -> std::string {
            const auto& v = c.*member;
            using M = std::remove_cv_t<std::remove_reference_t<decltype(v)>>;
            if constexpr (std::is_same_v<M, std::string>)
                return v;
            else if constexpr (std::is_same_v<M, int>)
                return std::to_string(v);
            else
                return v ? "true" : "false";
        },
        entry->member);
}

std::string default_config_text() {
    // In the interface language: the comments are for the person who edits the file (TOML
    // keys and values stay as they are). TRANSLATORS: every line begins with "# ".
    std::string out =
        tr("# pymes configuration (TOML). Every key is optional; the values shown are the "
           "defaults.\n"
           "# Read from --config, else $PYMES_CONFIG, else $XDG_CONFIG_HOME/pymes/config.toml.\n"
           "# `pymes config show` prints the effective value of each key and where it came "
           "from.\n");
    std::string_view table;  // the [table] being written
    for (const auto& k : config_key_table()) {
        const auto dot = k.name.find('.');
        const std::string_view in = dot == std::string_view::npos ? "" : k.name.substr(0, dot);
        if (in != table)
            out += fmt::format("\n[{}]\n", in);
        else if (in.empty())
            out += '\n';
        table = in;
        // The table's comments are literals marked N_(): each ends in its NUL. A comment's {}
        // is the values the key allows, from their table.
        std::string comment = tr(k.comment.data());
        if (comment.find("{}") != std::string::npos) {
            std::vector<std::string> allowed(k.allowed.begin(), k.allowed.end());
            comment = fmt::format(fmt::runtime(comment), values_or_list(allowed));
        }
        out += fmt::format("{}#{} = {}\n", comment,
                           k.name.substr(dot == std::string_view::npos ? 0 : dot + 1), k.example);
    }
    return out;
}

}  // namespace pymes
