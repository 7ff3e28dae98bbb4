// Completion offers what the tables say (issue 30): each option's values come from its check,
// and the checks from the tables of export formats, languages and output formats; here the
// generated script is read back and compared with the tables themselves. And the language
// table agrees with the catalogues in po/ (the build compiles the ones the table names).

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "context.hpp"
#include "pymes/core/entity.hpp"
#include "pymes/core/format_names.hpp"
#include "pymes/core/language.hpp"
#include "pymes/io/export.hpp"

namespace {

std::string completion(const std::string& shell) {
    std::vector<const char*> argv{"pymes", "--no-config", "completion", shell.c_str()};
    std::ostringstream out, err;
    pymes::Environment env = [](const std::string& name) -> std::optional<std::string> {
        if (name == "HOME") return "/nonexistent";
        if (name == "LANGUAGE") return "en";
        return std::nullopt;
    };
    REQUIRE(pymes::cli::run(int(argv.size()), argv.data(), out, err, env, {}) == 0);
    return out.str();
}

/// The values the bash script offers, by "NODE|OPTION": `    "NODE|OPTION") echo "a b" ;;`.
std::map<std::string, std::string> bash_values(const std::string& script) {
    std::map<std::string, std::string> values;
    std::istringstream in(script);
    for (std::string line; std::getline(in, line);) {
        const auto open = line.find("    \""), close = line.find("\") echo \"");
        if (open != 0 || close == std::string::npos) continue;
        const std::string key = line.substr(5, close - 5);
        if (key.find('|') == std::string::npos) continue;
        const auto start = close + 9;
        values[key] = line.substr(start, line.find('"', start) - start);
    }
    return values;
}

template <class Words>
std::string spaced(const Words& words) {
    std::string s;
    for (const auto& w : words) s += (s.empty() ? "" : " ") + std::string(w);
    return s;
}

}  // namespace

TEST_CASE("completion offers the export formats of the table") {
    const auto values = bash_values(completion("bash"));
    for (const char* group : {"institution", "membership", "activity", "meeting", "project"}) {
        INFO(group);
        REQUIRE(values.count(std::string(group) + " export|--format"));
        CHECK(values.at(std::string(group) + " export|--format") ==
              spaced(pymes::export_format_names()));
    }
    const std::string fish = completion("fish");
    CHECK(fish.find("__fish_seen_subcommand_from export' -l format -x -a '" +
                    spaced(pymes::export_format_names()) + "'") != std::string::npos);
}

TEST_CASE("completion offers the languages and the output formats of their tables") {
    const auto values = bash_values(completion("bash"));
    REQUIRE(values.count("|--language"));
    CHECK(values.at("|--language") == spaced(pymes::language_codes()));
    REQUIRE(values.count("|-f"));
    CHECK(values.at("|-f") == spaced(pymes::kFormatNames));
    REQUIRE(values.count("|--format"));
    CHECK(values.at("|--format") == spaced(pymes::kFormatNames));
}

TEST_CASE("completion offers the digest's, the report's and the notice's formats") {
    const auto values = bash_values(completion("bash"));
    auto with_email = [](auto names) {
        return spaced(names) + " " + std::string(pymes::kEmailFormat);
    };
    CHECK(values.at("digest|--format") == with_email(pymes::kDigestFormatNames));
    CHECK(values.at("report|--format") == spaced(pymes::kAnnualFormatNames));
    CHECK(values.at("membership notice|--format") == with_email(pymes::kNoticeFormatNames));
}

TEST_CASE("the languages with a catalogue are the catalogues po/ holds and the build compiles") {
    std::set<std::string> table, sources;
    for (const auto& row : pymes::kLanguageTable) {
        if (!row.catalogue) continue;
        table.emplace(row.code);
        INFO(row.code);
        CHECK(std::filesystem::is_regular_file(std::filesystem::path(PYMES_BUILD_LOCALEDIR) /
                                               std::string(row.code) / "LC_MESSAGES" / "pymes.mo"));
    }
    for (const auto& entry : std::filesystem::directory_iterator(PYMES_SOURCE_PO))
        if (entry.path().extension() == ".po") sources.insert(entry.path().stem().string());
    CHECK(table == sources);
}

TEST_CASE("every export format names entities, an extension and a writer") {
    for (const auto& f : pymes::export_formats()) {
        INFO(f.name);
        CHECK(!f.entities.empty());
        CHECK(!f.extension.empty());
        CHECK(f.write != nullptr);
        CHECK((f.entities.size() == 5 || f.only_for != nullptr));
        CHECK((f.not_for_terminal == nullptr) == (f.to_a_file == nullptr));
    }
    CHECK(pymes::export_format_names(pymes::Entity::meeting) ==
          std::vector<std::string>{"csv", "json", "xlsx"});
}
