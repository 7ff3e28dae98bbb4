#include "pymes/config.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "pymes/errors.hpp"
#include "pymes/text.hpp"

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
    static const std::vector<std::string> keys = {
        "registry",       "user",           "language",      "format",       "color",
        "timezone",       "busy_timeout_ms", "auto_migrate", "digest.upcoming_weeks",
        "digest.format",  "digest.title",   "digest.max_items", "csv.delimiter", "csv.encoding"};
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

    [[noreturn]] void wrong(const std::string& key, const toml::node& node, std::string_view expected) {
        throw ConfigError(fmt::format("{}: '{}' must be {}", where(file, node.source()), key, expected),
                          fmt::format("fix the file, or see `pymes config init` for every key"));
    }

    void string(const std::string& key, const toml::node& node, std::string& out,
                std::initializer_list<std::string_view> allowed = {}) {
        auto v = node.value<std::string>();
        if (!node.is_string() || !v) wrong(key, node, "a string");
        if (allowed.size() && std::find(allowed.begin(), allowed.end(), *v) == allowed.end()) {
            std::string list;
            for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
            wrong(key, node, "one of " + list);
        }
        out = *v;
        config.origin[key] = fmt::format("{}:{}", file, node.source().begin.line);
    }

    void integer(const std::string& key, const toml::node& node, int& out, std::int64_t min,
                 std::int64_t max) {
        if (!node.is_integer()) wrong(key, node, "a whole number");
        auto v = *node.value<std::int64_t>();
        if (v < min || v > max) wrong(key, node, fmt::format("a whole number from {} to {}", min, max));
        out = int(v);
        config.origin[key] = fmt::format("{}:{}", file, node.source().begin.line);
    }

    void boolean(const std::string& key, const toml::node& node, bool& out) {
        if (!node.is_boolean()) wrong(key, node, "true or false");
        out = *node.value<bool>();
        config.origin[key] = fmt::format("{}:{}", file, node.source().begin.line);
    }

    /// Unknown keys are warnings, kept in the file's order (tables iterate by name).
    std::vector<std::pair<toml::source_position, std::string>> unknown_keys;

    void unknown(const std::string& key, const toml::key& at) {
        std::string near = text::closest(key, config_keys());
        unknown_keys.emplace_back(
            at.source().begin,
            near.empty() ? fmt::format("{}: unknown key '{}' is ignored", where(file, at.source()), key)
                         : fmt::format("{}: unknown key '{}' is ignored (did you mean '{}'?)",
                                       where(file, at.source()), key, near));
    }

    void finish() {
        std::sort(unknown_keys.begin(), unknown_keys.end(), [](const auto& a, const auto& b) {
            return std::pair(a.first.line, a.first.column) < std::pair(b.first.line, b.first.column);
        });
        for (auto& [at, message] : unknown_keys) config.warnings.push_back(std::move(message));
    }

    void read(const toml::table& root) {
        for (const auto& [k, node] : root) {
            const std::string key(k.str());
            if (key == "registry") string(key, node, config.registry);
            else if (key == "user") string(key, node, config.user);
            else if (key == "language") string(key, node, config.language, {"es", "en", "pt"});
            else if (key == "format") string(key, node, config.format, {"table", "csv", "json"});
            else if (key == "color") string(key, node, config.color, {"auto", "always", "never"});
            else if (key == "timezone") string(key, node, config.timezone);
            else if (key == "busy_timeout_ms") integer(key, node, config.busy_timeout_ms, 0, 86'400'000);
            else if (key == "auto_migrate") boolean(key, node, config.auto_migrate);
            else if (key == "digest" && node.is_table()) read_digest(*node.as_table());
            else if (key == "csv" && node.is_table()) read_csv(*node.as_table());
            else if (key == "digest" || key == "csv") wrong(key, node, "a table ([" + key + "])");
            else unknown(key, k);
        }
    }

    void read_digest(const toml::table& t) {
        for (const auto& [k, node] : t) {
            const std::string key = "digest." + std::string(k.str());
            if (key == "digest.upcoming_weeks") integer(key, node, config.digest_upcoming_weeks, 0, 52);
            else if (key == "digest.format")
                string(key, node, config.digest_format, {"text", "markdown", "html", "json"});
            else if (key == "digest.title") string(key, node, config.digest_title);
            else if (key == "digest.max_items") integer(key, node, config.digest_max_items, 1, 100000);
            else unknown(key, k);
        }
    }

    void read_csv(const toml::table& t) {
        for (const auto& [k, node] : t) {
            const std::string key = "csv." + std::string(k.str());
            if (key == "csv.delimiter") {
                string(key, node, config.csv_delimiter);
                if (config.csv_delimiter.size() != 1 || config.csv_delimiter == "\"" ||
                    config.csv_delimiter == "\n" || config.csv_delimiter == "\r")
                    wrong(key, node, "one character such as \",\" or \";\"");
            } else if (key == "csv.encoding") {
                string(key, node, config.csv_encoding, {"utf-8", "latin1", "cp1252"});
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
        throw ConfigError(fmt::format("{}: {}", where(file, e.source()), e.description()),
                          "the config file is TOML; `pymes config init` writes a valid example");
    }
}

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
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            throw Error(Exit::no_input, fmt::format("cannot read the config file {}", file),
                        explicit_file ? "check the path given with --config or $PYMES_CONFIG" : "");
        }
        std::stringstream buffer;
        buffer << in.rdbuf();
        read_config_text(config, buffer.str(), file);
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
    }
    return config;
}

std::string config_value(const Config& c, const std::string& key) {
    if (key == "registry") return c.registry;
    if (key == "user") return c.user;
    if (key == "language") return c.language;
    if (key == "format") return c.format;
    if (key == "color") return c.color;
    if (key == "timezone") return c.timezone;
    if (key == "busy_timeout_ms") return std::to_string(c.busy_timeout_ms);
    if (key == "auto_migrate") return c.auto_migrate ? "true" : "false";
    if (key == "digest.upcoming_weeks") return std::to_string(c.digest_upcoming_weeks);
    if (key == "digest.format") return c.digest_format;
    if (key == "digest.title") return c.digest_title;
    if (key == "digest.max_items") return std::to_string(c.digest_max_items);
    if (key == "csv.delimiter") return c.csv_delimiter;
    if (key == "csv.encoding") return c.csv_encoding;
    return {};
}

std::string default_config_text() {
    return R"(# pymes configuration (TOML). Every key is optional; the values shown are the defaults.
# Read from --config, else $PYMES_CONFIG, else $XDG_CONFIG_HOME/pymes/config.toml.
# `pymes config show` prints the effective value of each key and where it came from.

# The registry file. --registry and $PYMES_REGISTRY take precedence. A relative path is taken
# relative to this file. Default: $XDG_DATA_HOME/pymes/registry.db (~/.local/share/pymes/...).
#registry = "~/.local/share/pymes/registry.db"

# Who is recorded in the history as making each change. Default: $USER.
#user = "coordinacion"

# Language of labels, area names and the digest: es, en or pt.
#language = "es"

# Output of list/show/add/edit: table, csv or json.
#format = "table"

# Colour on a terminal: auto, always or never (NO_COLOR is honoured; never on a pipe).
#color = "auto"

# IANA time zone for meetings without one, and for `today`. Default: the system's.
#timezone = "America/Lima"

# How long to wait for another process that is writing the registry, in milliseconds.
#busy_timeout_ms = 5000

# Migrate an older registry when it is opened (after writing a backup beside it).
# With false, only `pymes db migrate` migrates.
#auto_migrate = true

[digest]
# Meetings coming in the next N weeks are listed.
#upcoming_weeks = 4
# text, markdown, html or json.
#format = "text"
# A title for the digest; default: the agreement's name.
#title = ""
# At most this many entries a section, then "and N more".
#max_items = 25

[csv]
# Field delimiter of CSV import and export (";" for Spanish-locale spreadsheets).
#delimiter = ","
# Encoding of CSV files imported and exported: utf-8, latin1 or cp1252.
#encoding = "utf-8"
)";
}

}  // namespace pymes
