#include "core/config_keys.hpp"

#include <date/tz.h>

#include <algorithm>
#include <cctype>

#include "pymes/core/encoding.hpp"
#include "pymes/core/format_names.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/language.hpp"

namespace pymes {

namespace {

std::string one_character(const std::string& v) {
    if (v.size() != 1 || v == "\"" || v == "\n" || v == "\r")
        return tr("one character such as \",\" or \";\"");
    return {};
}

/// An IANA zone the system knows, checked when the file loads, not when a meeting needs it.
std::string known_zone(const std::string& v) {
    if (v.empty()) return {};
    try {
        date::locate_zone(v);
        return {};
    } catch (const std::exception&) {
        return trf("a time zone this system knows, such as \"America/Lima\" ('{}' is not one)", v);
    }
}

/// Addresses for a mail header: no control character (CR/LF never reach a header, SPEC §8) and
/// an @ in each; GMime parses them when a message is written.
std::string mail_addresses(const std::string& v) {
    if (v.empty()) return {};
    for (unsigned char c : v)
        if (c < 0x20 || c == 0x7f) return tr("addresses without control characters");
    if (v.find('@') == std::string::npos)
        return tr(
            "one or more addresses such as \"partes@example.org\" or "
            "\"Coordinación <coordinacion@example.org>\", separated by commas");
    return {};
}

/// The site's address, which the feed and the data package link to: an http or https URL with a
/// host, no space or control character (a `javascript:` link would run in a feed reader).
std::string web_address(const std::string& v) {
    if (v.empty()) return {};
    const std::string rule =
        tr("an http:// or https:// address, such as \"https://acuerdo.example.org/\"");
    std::string scheme;
    for (char c : v.substr(0, v.find(':')))
        scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::size_t rest = v.find("://");
    if ((scheme != "http" && scheme != "https") || rest != scheme.size() || rest + 3 >= v.size() ||
        v[rest + 3] == '/')
        return rule;
    for (unsigned char c : v)
        if (c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\') return rule;
    return {};
}

/// Who the history records as making a change: one line, no control character.
std::string actor_name(const std::string& v) {
    for (std::size_t i = 0; i < v.size(); ++i) {
        const auto c = static_cast<unsigned char>(v[i]);
        const bool c1 = c == 0xC2 && i + 1 < v.size() &&
                        static_cast<unsigned char>(v[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(v[i + 1]) <= 0x9F;
        if (c < 0x20 || c == 0x7f || c1) return tr("a name without control characters");
    }
    return {};
}

}  // namespace

const std::vector<ConfigKey>& config_key_table() {
    using T = KeyType;
    static const std::vector<ConfigKey> keys = {
        {"registry",
         T::string,
         {},
         0,
         0,
         &Config::registry,
         N_("# The registry file. --registry and $PYMES_REGISTRY take precedence. A relative path "
            "is "
            "taken\n"
            "# relative to this file. Default: $XDG_DATA_HOME/pymes/registry.db "
            "(~/.local/share/pymes/...).\n"),
         "\"~/.local/share/pymes/registry.db\""},
        {"user",
         T::string,
         {},
         0,
         0,
         &Config::user,
         N_("# Who is recorded in the history as making each change. Default: $USER.\n"),
         "\"coordinacion\"",
         actor_name},
        {"language", T::string, language_codes(), 0, 0, &Config::language,
         N_("# Language of everything pymes writes for people: {}. Default: the "
            "locale's\n"
            "# (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else es.\n"),
         "\"es\""},
        {"format",
         T::string,
         {kFormatNames.begin(), kFormatNames.end()},
         0,
         0,
         &Config::format,
         N_("# Output of list/show/add/edit: {}.\n"),
         "\"table\""},
        {"color",
         T::string,
         {kColorNames.begin(), kColorNames.end()},
         0,
         0,
         &Config::color,
         // TRANSLATORS: {} is the list of choices ("auto, always or never").
         N_("# Colour on a terminal: {} (NO_COLOR is honoured; never on a pipe).\n"),
         "\"auto\""},
        {"timezone",
         T::string,
         {},
         0,
         0,
         &Config::timezone,
         N_("# IANA time zone for meetings without one, and for `today`. Default: the system's.\n"),
         "\"America/Lima\"",
         known_zone},
        {"busy_timeout_ms",
         T::integer,
         {},
         0,
         86'400'000,
         &Config::busy_timeout_ms,
         N_("# How long to wait for another process that is writing the registry, in "
            "milliseconds.\n"),
         "5000"},
        {"auto_migrate",
         T::boolean,
         {},
         0,
         0,
         &Config::auto_migrate,
         N_("# Migrate an older registry when it is opened (after writing a backup beside it).\n"
            "# With false, only `pymes db migrate` migrates.\n"),
         "true"},
        {"digest.upcoming_weeks",
         T::integer,
         {},
         0,
         52,
         &Config::digest_upcoming_weeks,
         N_("# Meetings coming in the next N weeks are listed.\n"),
         "4"},
        {"digest.format",
         T::string,
         {kDigestFormatNames.begin(), kDigestFormatNames.end()},
         0,
         0,
         &Config::digest_format,
         // TRANSLATORS: {} is the list of the digest's formats ("text, markdown, html or json").
         N_("# {}.\n"),
         "\"text\""},
        {"digest.title",
         T::string,
         {},
         0,
         0,
         &Config::digest_title,
         N_("# A title for the digest; default: the agreement's name.\n"),
         "\"\""},
        {"digest.max_items",
         T::integer,
         {},
         1,
         100000,
         &Config::digest_max_items,
         N_("# At most this many entries a section, then \"and N more\".\n"),
         "25"},
        {"csv.delimiter",
         T::string,
         {},
         0,
         0,
         &Config::csv_delimiter,
         N_("# Field delimiter of CSV import and export (\";\" for Spanish-locale "
            "spreadsheets).\n"),
         "\",\"",
         one_character},
        {"csv.encoding",
         T::string,
         {kEncodingNames.begin(), kEncodingNames.end()},
         0,
         0,
         &Config::csv_encoding,
         // TRANSLATORS: {} is the list of encodings ("utf-8, latin1 or cp1252").
         N_("# Encoding of CSV files imported and exported: {}.\n"),
         "\"utf-8\""},
        {"mail.from",
         T::string,
         {},
         0,
         0,
         &Config::mail_from,
         N_("# The sender of `--format email` messages (digest, membership notice).\n"),
         "\"Coordinación del Acuerdo <coordinacion@example.org>\"",
         mail_addresses},
        {"mail.to",
         T::string,
         {},
         0,
         0,
         &Config::mail_to,
         N_("# Their recipients, separated by commas: every party.\n"),
         "\"partes@example.org\"",
         mail_addresses},
        {"mail.reply_to",
         T::string,
         {},
         0,
         0,
         &Config::mail_reply_to,
         N_("# Where replies go; default: the sender.\n"),
         "\"\"",
         mail_addresses},
        {"publish.title",
         T::string,
         {},
         0,
         0,
         &Config::publish_title,
         N_("# Title of the published site and data package; default: the agreement's title.\n"),
         "\"\""},
        {"publish.license",
         T::string,
         {},
         0,
         0,
         &Config::publish_license,
         N_("# Licence of the published open data (an SPDX name such as CC-BY-4.0, or a URL).\n"),
         "\"\""},
        {"publish.homepage",
         T::string,
         {},
         0,
         0,
         &Config::publish_homepage,
         N_("# Address where the published site is served (for the Atom feed and the data "
            "package):\n"
            "# an http:// or https:// URL.\n"),
         "\"\"",
         web_address},
        {"publish.iati_reporting_org",
         T::string,
         {},
         0,
         0,
         &Config::publish_iati_reporting_org,
         N_("# IATI identifier of the organisation that publishes (such as XM-DAC-41304).\n"),
         "\"\""},
        {"publish.iati_org_type",
         T::string,
         {},
         0,
         0,
         &Config::publish_iati_org_type,
         N_("# IATI OrganisationType code of that organisation (such as 40, multilateral).\n"),
         "\"\""},
        {"publish.data_language", T::string, data_language_codes(), 0, 0,
         &Config::publish_data_language,
         N_("# Language the registry's own texts (titles, descriptions) are written in: {}.\n"
            "# The IATI file marks its narratives with it. Default: es.\n"),
         "\"es\""},
    };
    return keys;
}

const ConfigKey* find_config_key(std::string_view name) {
    const auto& keys = config_key_table();
    auto it =
        std::find_if(keys.begin(), keys.end(), [&](const ConfigKey& k) { return k.name == name; });
    return it == keys.end() ? nullptr : &*it;
}

}  // namespace pymes
