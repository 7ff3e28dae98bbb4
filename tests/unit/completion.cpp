// Completion offers what the tables say (issue 30): each option's values come from its check,
// and the checks from the tables of export formats, languages, output formats, colour choices
// and encodings; here the generated script is read back and compared with the tables
// themselves, and so are the command line's checks, its help and the config's allowed values.
// And the language table agrees with the catalogues in po/ (the build compiles the ones the
// table names).

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "context.hpp"
#include "core/config_keys.hpp"
#include "pymes/core/areas.hpp"
#include "pymes/core/encoding.hpp"
#include "pymes/core/entity.hpp"
#include "pymes/core/format_names.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/language.hpp"
#include "pymes/core/membership_kind.hpp"
#include "pymes/core/status.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/io/csv.hpp"
#include "pymes/io/export.hpp"
#include "pymes/report/digest.hpp"
#include "validators.hpp"

namespace {

struct Ran {
    int status;
    std::string out, err;
};

/// pymes run in-process with `args`, in English, without a config.
Ran pymes_run(std::vector<const char*> args) {
    std::vector<const char*> argv{"pymes", "--no-config"};
    argv.insert(argv.end(), args.begin(), args.end());
    std::ostringstream out, err;
    pymes::Environment env = [](const std::string& name) -> std::optional<std::string> {
        if (name == "HOME") return "/nonexistent";
        if (name == "LANGUAGE") return "en";
        return std::nullopt;
    };
    const int status = pymes::cli::run(int(argv.size()), argv.data(), out, err, env, {});
    return {status, out.str(), err.str()};
}

std::string completion(const std::string& shell) {
    const Ran r = pymes_run({"completion", shell.c_str()});
    REQUIRE(r.status == 0);
    return r.out;
}

/// The help's text, its lines joined (CLI11 wraps a long description).
std::string help(std::vector<const char*> args) {
    args.push_back("--help");
    const Ran r = pymes_run(args);
    REQUIRE(r.status == 0);
    std::string joined;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) {
        const auto text = line.find_first_not_of(' ');
        if (text != std::string::npos) joined += (joined.empty() ? "" : " ") + line.substr(text);
    }
    return joined;
}

/// A config key's allowed values, as strings.
std::vector<std::string> allowed(std::string_view key) {
    const pymes::ConfigKey* k = pymes::find_config_key(key);
    REQUIRE(k != nullptr);
    return {k->allowed.begin(), k->allowed.end()};
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

TEST_CASE("completion offers the colour choices and the encodings of their tables") {
    const auto values = bash_values(completion("bash"));
    REQUIRE(values.count("|--color"));
    CHECK(values.at("|--color") == spaced(pymes::kColorNames));
    for (const char* group : {"institution", "membership", "activity", "meeting", "project"}) {
        INFO(group);
        REQUIRE(values.count(std::string(group) + " import|--encoding"));
        CHECK(values.at(std::string(group) + " import|--encoding") ==
              spaced(pymes::kEncodingNames));
    }
}

TEST_CASE("the command line takes the colour choices of the table, and no other") {
    for (auto name : pymes::kColorNames) {
        INFO(name);
        const std::string value(name);
        CHECK(pymes_run({"--color", value.c_str(), "--version"}).status == 0);
    }
    const Ran r = pymes_run({"--color", "sometimes", "--version"});
    CHECK(r.status == 64);
    CHECK(r.err.find("sometimes not in {" + pymes::format_names(pymes::kColorNames).front()) !=
          std::string::npos);
}

TEST_CASE("the command line takes every name and alias of the encoding table, and no other") {
    const CLI::Validator check = pymes::cli::encoding_validator();
    for (const auto& row : pymes::kEncodingTable) {
        std::vector<std::string> spellings{std::string(row.name)};
        for (auto alias : row.aliases)
            if (!alias.empty()) spellings.emplace_back(alias);
        for (std::string s : spellings) {
            INFO(s);
            CHECK(check(s).empty());
            CHECK(pymes::parse_encoding(s) == row.encoding);
            std::string upper = s;
            for (char& c : upper) c = char(std::toupper(static_cast<unsigned char>(c)));
            CHECK(check(upper).empty());
            CHECK(pymes::parse_encoding(upper) == row.encoding);
        }
    }
    std::string latin9 = "latin9";
    CHECK(!check(latin9).empty());
    CHECK_THROWS_AS(pymes::parse_encoding("latin9"), pymes::UsageError);
    // Help (the option's type) and completion name the table's names alone.
    CHECK(check.get_description() == "{" + [] {
        std::string s;
        for (auto n : pymes::kEncodingNames) s += (s.empty() ? "" : ",") + std::string(n);
        return s;
    }() + "}");
}

TEST_CASE("the config allows the values of the tables") {
    CHECK(allowed("color") == pymes::format_names(pymes::kColorNames));
    CHECK(allowed("csv.encoding") == pymes::format_names(pymes::kEncodingNames));
    CHECK(allowed("format") == pymes::format_names(pymes::kFormatNames));
    CHECK(allowed("digest.format") == pymes::format_names(pymes::kDigestFormatNames));
    std::vector<std::string> codes;
    for (auto c : pymes::language_codes()) codes.emplace_back(c);
    CHECK(allowed("language") == codes);
}

TEST_CASE("the help names the values of the tables") {
    const std::string top = help({});
    CHECK(top.find("Output format: " + pymes::values_or_list(pymes::format_names(
                                           pymes::kFormatNames))) != std::string::npos);
    CHECK(top.find("Colour: " + pymes::values_or_list(pymes::format_names(pymes::kColorNames)) +
                   " (NO_COLOR") != std::string::npos);
    std::vector<std::string> codes;
    for (auto c : pymes::language_codes()) codes.emplace_back(c);
    CHECK(top.find("digest: " + pymes::or_list(codes) + " (default") != std::string::npos);
    auto listed = [](auto names) {
        auto words = pymes::format_names(names);
        words.front() += " (default)";
        return words;
    };
    CHECK(help({"activity", "import"}).find(pymes::or_list(listed(pymes::kEncodingNames))) !=
          std::string::npos);
    CHECK(help({"report"}).find(pymes::or_list(listed(pymes::kAnnualFormatNames))) !=
          std::string::npos);
    auto with_email = [](std::vector<std::string> words) {
        std::string s;
        for (const auto& w : words) s += w + ", ";
        return s.substr(0, s.size() - 2);
    };
    auto digest = pymes::format_names(pymes::kDigestFormatNames);
    digest.front() += " (default: config digest.format)";
    CHECK(help({"digest"}).find(with_email(digest) + " or email (a whole message") !=
          std::string::npos);
    CHECK(help({"membership", "notice"})
              .find(with_email(listed(pymes::kNoticeFormatNames)) + " or email (a whole") !=
          std::string::npos);
}

TEST_CASE("scopes, the digest's week words and the areas' words come from their tables") {
    const auto values = bash_values(completion("bash"));
    // Scope: completion, both helps and what an institution's scope takes.
    REQUIRE(values.count("institution add|--scope"));
    CHECK(values.at("institution add|--scope") == spaced(pymes::kScopeNames));
    CHECK(values.at("institution list|--scope") == spaced(pymes::kScopeNames));
    const std::string scopes = pymes::or_list(pymes::format_names(pymes::kScopeNames));
    CHECK(help({"institution", "add"}).find(scopes + " ('' when unknown)") != std::string::npos);
    CHECK(help({"institution", "list"}).find(scopes) != std::string::npos);
    for (auto name : pymes::kScopeNames) CHECK(pymes::normalize_scope(name) == std::string(name));
    CHECK(pymes::normalize_scope("Extrarregional") == std::string(pymes::kScopeNames[1]));
    CHECK_FALSE(pymes::normalize_scope("local"));
    // The digest's --week: completion and help.
    REQUIRE(values.count("digest|--week"));
    CHECK(values.at("digest|--week") == spaced(pymes::kWeekWords));
    CHECK(help({"digest"})
              .find("YYYY-Www, " + pymes::values_or_list(pymes::format_names(pymes::kWeekWords)) +
                    "; by default " + std::string(pymes::kWeekWords[0])) != std::string::npos);
    // Areas: the codes, then the one-word names in Spanish and in the interface language, every
    // one of them taken.
    REQUIRE(values.count("activity list|--area"));
    std::vector<std::string> areas = pymes::area_codes();
    for (auto l : {pymes::Language::es, pymes::interface_language()})
        for (auto& w : pymes::area_words(l))
            if (std::find(areas.begin(), areas.end(), w) == areas.end()) areas.push_back(w);
    CHECK(values.at("activity list|--area") == spaced(areas));
    using pymes::Language;
    for (Language l : pymes::kLanguages)
        for (const auto& w : pymes::area_words(l)) {
            INFO(w);
            CHECK(pymes::parse_area(w));
        }
    CHECK(pymes::area_words(Language::es) ==
          std::vector<std::string>{"información", "administración", "capacitación", "transferencia",
                                   "políticas"});
    CHECK(pymes::area_words(Language::pt) ==
          std::vector<std::string>{"informação", "capacitação", "transferência", "políticas"});
}

TEST_CASE("the help of --status names the statuses of the table") {
    for (auto [group, entity] : {std::pair{"activity", pymes::Entity::activity},
                                 std::pair{"meeting", pymes::Entity::meeting},
                                 std::pair{"project", pymes::Entity::project}}) {
        INFO(group);
        CHECK(help({group, "list"}).find(pymes::or_list(pymes::status_names(entity))) !=
              std::string::npos);
    }
}

TEST_CASE("institution list --status offers, takes and names the membership statuses and all") {
    std::vector<std::string> filters;
    for (auto name : pymes::kMembershipStatusNames) {
        INFO(name);
        const auto status = pymes::parse_membership_status(name);
        REQUIRE(status);
        CHECK(pymes::to_string(*status) == name);
        filters.emplace_back(name);
    }
    filters.emplace_back("all");
    CHECK(pymes::cli::institution_status_filters() == filters);
    const auto values = bash_values(completion("bash"));
    REQUIRE(values.count("institution list|--status"));
    CHECK(values.at("institution list|--status") == spaced(filters));
    filters.back() += " (default)";
    CHECK(help({"institution", "list"}).find(pymes::or_list(filters)) != std::string::npos);
}

TEST_CASE("membership list --kind offers and takes the kinds of the table") {
    const auto values = bash_values(completion("bash"));
    REQUIRE(values.count("membership list|--kind"));
    CHECK(values.at("membership list|--kind") == spaced(pymes::kMembershipKindNames));
    for (auto name : pymes::kMembershipKindNames) {
        INFO(name);
        const auto kind = pymes::parse_membership_kind(name);
        REQUIRE(kind);
        CHECK(pymes::kind_name(*kind) == name);
    }
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
