#pragma once
/// Configuration (SPEC §6): a TOML file found at --config, $PYMES_CONFIG or
/// $XDG_CONFIG_HOME/pymes/config.toml, and the registry path resolved from --registry,
/// $PYMES_REGISTRY, the file's `registry`, or $XDG_DATA_HOME/pymes/registry.db.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pymes {

/// Reads an environment variable; injected so that tests need not touch the real environment.
using Environment = std::function<std::optional<std::string>(const std::string&)>;
/// The process environment.
Environment process_environment();

/// The largest config file read (1 MiB): a larger one is bad configuration (78).
inline constexpr long long kMaxConfigBytes = 1LL << 20;

/// Effective settings, each with where its value came from.
struct Config {
    std::string registry;
    std::string user;
    std::string language;  ///< es, en, pt; empty: the locale's, else es (SPEC §11)
    std::string format = "table";
    std::string color = "auto";
    std::string timezone;  ///< empty: the system's
    int busy_timeout_ms = 5000;
    bool auto_migrate = true;
    int digest_upcoming_weeks = 4;
    std::string digest_format = "text";
    std::string digest_title;
    int digest_max_items = 25;
    std::string mail_from, mail_to, mail_reply_to;  ///< [mail]: headers of --format email
    std::string csv_delimiter = ",";
    std::string csv_encoding = "utf-8";
    std::string publish_title;                 ///< empty: the agreement's title
    std::string publish_license;               ///< a licence's URL or SPDX name, for the open data
    std::string publish_homepage;              ///< where the site is served
    std::string publish_iati_reporting_org;    ///< IATI organisation identifier, e.g. XM-DAC-41304
    std::string publish_iati_org_type;         ///< IATI OrganisationType code, e.g. 40
    std::string publish_data_language = "es";  ///< the language of the registry's texts

    /// The config file that was read; empty when none was.
    std::string file;
    /// key ("digest.max_items") -> "default", "FILE:LINE", "$VAR" or "--option".
    std::map<std::string, std::string> origin;
    /// Unknown keys and similar non-fatal findings, to be shown as warnings.
    std::vector<std::string> warnings;
};

/// What the command line says about configuration.
struct ConfigRequest {
    std::optional<std::string> config_path;    ///< --config
    std::optional<std::string> registry_path;  ///< --registry
    bool no_config = false;                    ///< --no-config
};

/// Every key a config file may hold, in the order `config show` prints them.
const std::vector<std::string>& config_keys();

/// Resolves the settings. Throws ConfigError (78) for a malformed file or a wrong type, with
/// FILE:LINE:COLUMN; Error(66) for an explicitly named file that cannot be read.
Config load_config(const ConfigRequest& request, const Environment& env);

/// Reads the TOML `text` of the file `file` into `config` (values, origins, warnings). Throws
/// ConfigError (78) for malformed text or a wrong type, with FILE:LINE:COLUMN.
void read_config_text(Config& config, const std::string& text, const std::string& file);

/// Where the config file is looked for when none is named.
std::string default_config_path(const Environment& env);

/// The value of `key` as text, as `config show` prints it.
std::string config_value(const Config& config, const std::string& key);

/// A commented default config file, as `config init` writes it.
std::string default_config_text();

/// `~` and `~/...` expanded with $HOME.
std::string expand_home(const std::string& path, const Environment& env);

}  // namespace pymes
