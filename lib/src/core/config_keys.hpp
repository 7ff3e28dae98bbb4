#pragma once
// Every configuration key, once: its name, type, allowed values, the Config member it sets, and
// the comment `config init` writes for it. Parsing, `config show`, `config init` and the man
// page check (through `config show`) all read this table; a new key is one row here, one
// member in Config and one entry in pymes.toml(5).

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "pymes/core/config.hpp"

namespace pymes {

enum class KeyType { string, integer, boolean };

struct ConfigKey {
    std::string_view name;  ///< "language", or "digest.max_items" for a key of a [digest] table
    KeyType type;
    std::vector<std::string_view> allowed;  ///< strings: the only values accepted; empty: any
    std::int64_t min = 0, max = 0;          ///< integers: the range accepted
    std::variant<std::string Config::*, int Config::*, bool Config::*> member;
    std::string_view comment;  ///< `config init`: the comment lines before the key
    std::string_view example;  ///< `config init`: the value shown, commented out
    /// Strings: a further rule; returns what the value must be when it breaks it, else empty.
    std::string (*rule)(const std::string& value) = nullptr;
};

/// The keys in the order `config show` and `config init` give them; a table's keys together.
const std::vector<ConfigKey>& config_key_table();

/// The key named `name`; nullptr for an unknown key.
const ConfigKey* find_config_key(std::string_view name);

}  // namespace pymes
