#include "pymes/core/config.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <map>

#include "pymes/core/errors.hpp"
#include "support.hpp"

using pymes::ConfigRequest;
using pymes::load_config;

namespace {
pymes::Environment env_of(std::map<std::string, std::string> vars) {
    return [vars](const std::string& name) -> std::optional<std::string> {
        auto it = vars.find(name);
        if (it == vars.end()) return std::nullopt;
        return it->second;
    };
}
void write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }
}  // namespace

TEST_CASE("config: without a file, XDG defaults under HOME") {
    auto c = load_config({}, env_of({{"HOME", "/home/ana"}, {"USER", "ana"}}));
    CHECK(c.registry == "/home/ana/.local/share/pymes/registry.db");
    CHECK(c.user == "ana");
    CHECK(c.origin.at("user") == "$USER");
    CHECK(c.busy_timeout_ms == 5000);
    CHECK(c.language.empty());  // the locale chooses (SPEC §11)
    CHECK(c.file.empty());
    CHECK(pymes::default_config_path(env_of({{"HOME", "/home/ana"}})) ==
          "/home/ana/.config/pymes/config.toml");
    CHECK(pymes::default_config_path(env_of({{"HOME", "/h"}, {"XDG_CONFIG_HOME", "/x"}})) ==
          "/x/pymes/config.toml");
    // A relative XDG variable is invalid by the XDG spec and ignored.
    CHECK(load_config({}, env_of({{"HOME", "/h"}, {"XDG_DATA_HOME", "rel"}})).registry ==
          "/h/.local/share/pymes/registry.db");
}

TEST_CASE("config: registry from --registry, then $PYMES_REGISTRY, then the file") {
    test::TempDir dir;
    const std::string file = dir.file("config.toml");
    write(file, "registry = \"data/r.db\"\nuser = \"coordinacion\"\n[digest]\nmax_items = 10\n");
    auto env = env_of({{"HOME", "/home/ana"}, {"PYMES_CONFIG", file}});
    auto c = load_config({}, env);
    CHECK(c.file == file);
    CHECK(c.registry == dir.file("data/r.db"));  // relative to the config file
    CHECK(c.user == "coordinacion");
    CHECK(c.origin.at("user") == file + ":2");
    CHECK(c.digest_max_items == 10);
    CHECK(c.origin.at("digest.max_items") == file + ":4");

    auto env2 =
        env_of({{"HOME", "/home/ana"}, {"PYMES_CONFIG", file}, {"PYMES_REGISTRY", "~/x.db"}});
    CHECK(load_config({}, env2).registry == "/home/ana/x.db");
    ConfigRequest r;
    r.registry_path = "/tmp/y.db";
    CHECK(load_config(r, env2).registry == "/tmp/y.db");
    CHECK(load_config(r, env2).origin.at("registry") == "--registry");
    r.no_config = true;
    CHECK(load_config(r, env2).user == "unknown");
}

TEST_CASE("config: a file longer than one read is read whole, its last line too") {
    // The file is read 16 KiB at a time: comments of 40 KiB put the keys past two pieces, the
    // last one without its newline.
    test::TempDir dir;
    const std::string file = dir.file("config.toml");
    std::string text;
    for (int i = 0; i < 500; ++i) text += "# " + std::string(78, 'x') + "\n";
    text += "user = \"coordinacion\"\n[digest]\nmax_items = 7";
    REQUIRE(text.size() > 2 * 16384);
    write(file, text);
    auto c = load_config({}, env_of({{"HOME", "/home/ana"}, {"PYMES_CONFIG", file}}));
    CHECK(c.user == "coordinacion");
    CHECK(c.origin.at("user") == file + ":501");
    CHECK(c.digest_max_items == 7);
    CHECK(c.origin.at("digest.max_items") == file + ":503");
}

TEST_CASE("config: errors name FILE:LINE:COLUMN and exit 78") {
    test::TempDir dir;
    const std::string file = dir.file("c.toml");
    ConfigRequest r;
    r.config_path = file;
    auto env = env_of({{"HOME", "/h"}});
    auto message_of = [&](const std::string& text) -> std::string {
        write(file, text);
        try {
            load_config(r, env);
        } catch (const pymes::Error& e) {
            CHECK(e.code() == pymes::Exit::config);
            return e.what();
        }
        return "no error";
    };
    CHECK(message_of("language = \"es\"\nbusy_timeout_ms = \"mucho\"\n") ==
          file + ":2:19: 'busy_timeout_ms' must be a whole number");
    CHECK(message_of("language = \"fr\"\n") ==
          file + ":1:12: 'language' must be one of es, en, pt");
    CHECK(message_of("[csv]\ndelimiter = \";;\"\n") ==
          file + ":2:13: 'csv.delimiter' must be one character such as \",\" or \";\"");
    CHECK(message_of("user = \n").rfind(file + ":1:", 0) == 0);
    CHECK(message_of("\xff\xfe").rfind(file + ":1:", 0) == 0);
}

TEST_CASE("config: an unknown key is a warning that names the closest key") {
    test::TempDir dir;
    const std::string file = dir.file("c.toml");
    write(file, "langauge = \"en\"\n[digest]\nmax_item = 3\n");
    ConfigRequest r;
    r.config_path = file;
    auto c = load_config(r, env_of({{"HOME", "/h"}}));
    REQUIRE(c.warnings.size() == 2);
    CHECK(c.warnings[0] ==
          file + ":1:1: unknown key 'langauge' is ignored (did you mean 'language'?)");
    CHECK(c.warnings[1] ==
          file +
              ":3:1: unknown key 'digest.max_item' is ignored (did you mean 'digest.max_items'?)");
    CHECK(c.language.empty());  // misspelt, so not set: the locale chooses
}

TEST_CASE("config: a named file that does not exist is exit 66, the default may be absent") {
    ConfigRequest r;
    r.config_path = "/nonexistent/pymes.toml";
    try {
        load_config(r, env_of({{"HOME", "/h"}}));
        FAIL("expected an error");
    } catch (const pymes::Error& e) {
        CHECK(e.code() == pymes::Exit::no_input);
    }
    CHECK_NOTHROW(load_config({}, env_of({{"HOME", "/nonexistent"}})));
}

TEST_CASE("config: the default file written by `config init` is valid and all commented") {
    test::TempDir dir;
    const std::string file = dir.file("c.toml");
    write(file, pymes::default_config_text());
    ConfigRequest r;
    r.config_path = file;
    auto c = load_config(r, env_of({{"HOME", "/h"}}));
    CHECK(c.warnings.empty());
    CHECK(c.origin.at("language") == "default");
}
