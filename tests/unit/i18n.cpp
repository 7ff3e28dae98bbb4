// The .mo reader behind tr() (core/catalogue.hpp).
#include <catch2/catch.hpp>
#include <cstring>
#include <fstream>
#include <map>

#include "core/catalogue.hpp"
#include "support.hpp"

using pymes::detail::Catalogue;
using pymes::detail::plural_value;

namespace {

/// A .mo file of `messages` (original -> translation; plural forms joined by NULs), written
/// as msgfmt lays it out: header, the two tables of descriptors (sorted by original), strings.
/// `big_endian` writes every word the other way round, as a catalogue made on such a machine.
std::string mo_bytes(const std::map<std::string, std::string>& messages, bool big_endian = false) {
    std::string out;
    auto word = [&out, big_endian](std::uint32_t w) {
        if (big_endian) w = __builtin_bswap32(w);
        out.append(reinterpret_cast<const char*>(&w), 4);
    };
    const auto n = static_cast<std::uint32_t>(messages.size());
    const std::uint32_t originals = 28, translations = originals + 8 * n;
    std::uint32_t at = translations + 8 * n;
    word(0x950412de);
    word(0);
    word(n);
    word(originals);
    word(translations);
    word(0);  // no hash table
    word(at);
    std::string strings;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> first, second;
    for (const auto& [original, translation] : messages) {
        first.emplace_back(std::uint32_t(original.size()), at + std::uint32_t(strings.size()));
        strings += original + '\0';
    }
    for (const auto& [original, translation] : messages) {
        second.emplace_back(std::uint32_t(translation.size()), at + std::uint32_t(strings.size()));
        strings += translation + '\0';
    }
    for (auto table : {first, second})
        for (auto [length, offset] : table) {
            word(length);
            word(offset);
        }
    return out + strings;
}

std::optional<Catalogue> read_mo(const test::TempDir& dir, const std::string& bytes) {
    const auto path = std::filesystem::path(dir.file("pymes.mo"));
    std::ofstream(path, std::ios::binary) << bytes;
    return Catalogue::read(path);
}

}  // namespace

TEST_CASE("catalogue: plural forms are the header's C expression") {
    CHECK(plural_value("(n != 1)", 1) == 0);
    CHECK(plural_value("(n != 1)", 0) == 1);
    CHECK(plural_value("(n > 1)", 0) == 0);  // Portuguese (Brazil): zero is singular
    CHECK(plural_value("(n > 1)", 2) == 1);
    // Polish: three forms, with && and || and nested ?:.
    const char* polish = "(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)";
    CHECK(plural_value(polish, 1) == 0);
    CHECK(plural_value(polish, 3) == 1);
    CHECK(plural_value(polish, 13) == 2);
    CHECK(plural_value(polish, 22) == 1);
    CHECK(plural_value(polish, 25) == 2);
    CHECK(plural_value("n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2", 2000000) == 1);
    CHECK(plural_value("!(n <= 1) + 0 * 7 - 0 / 3", 5) == 1);
    CHECK(plural_value("0", 5) == 0);
    // Malformed, or a division by zero: the first form.
    CHECK(plural_value("(n != 1", 5) == 0);
    CHECK(plural_value("n % 0", 5) == 0);
    CHECK(plural_value("n +", 5) == 0);
    CHECK(plural_value("x", 5) == 0);
    // Nested past any real rule: refused, not a stack exhausted.
    CHECK(plural_value(std::string(100000, '(') + "n" + std::string(100000, ')'), 5) == 0);
    CHECK(plural_value(std::string(100000, '!') + "n", 5) == 0);
    CHECK(plural_value("((((n))))", 5) == 5);
}

TEST_CASE("catalogue: messages, contexts and plural forms of a .mo file") {
    test::TempDir dir;
    const std::map<std::string, std::string> messages{
        {"",
         "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=3; plural=(n==1 ? "
         "0 : n==2 ? 1 : 2);\n"},
        {"hello", "hola"},
        {std::string("greeting\x04hello"), "buenas"},
        {std::string("{} row\0{} rows", 14), std::string("{} fila\0{} filas\0{} filazas", 27)},
    };
    for (bool big_endian : {false, true}) {
        auto c = read_mo(dir, mo_bytes(messages, big_endian));
        REQUIRE(c);
        CHECK(std::strcmp(c->get("hello"), "hola") == 0);
        CHECK(std::strcmp(c->get("greeting\x04hello"), "buenas") == 0);
        CHECK(c->get("goodbye") == nullptr);
        CHECK(c->get("hell") == nullptr);
        CHECK(c->plural_form(1) == 0);
        CHECK(c->plural_form(2) == 1);
        CHECK(c->plural_form(7) == 2);
        CHECK(std::strcmp(c->get("{} row", c->plural_form(1)), "{} fila") == 0);
        CHECK(std::strcmp(c->get("{} row", c->plural_form(7)), "{} filazas") == 0);
        CHECK(c->get("{} row", 3) == nullptr);  // no fourth form
    }
}

TEST_CASE("catalogue: a damaged file is no catalogue") {
    test::TempDir dir;
    const std::string good = mo_bytes({{"", "x"}, {"hello", "hola"}});
    CHECK(read_mo(dir, good));
    CHECK_FALSE(read_mo(dir, ""));
    CHECK_FALSE(read_mo(dir, good.substr(0, 27)));
    CHECK_FALSE(read_mo(dir, "not a catalogue, no magic number at all"));
    CHECK_FALSE(read_mo(dir, good.substr(0, good.size() - 1)));  // the last NUL cut off
    std::string far = good;
    far[16] = '\x7f';  // the translations' table past the end of the file
    CHECK_FALSE(read_mo(dir, far));
    CHECK_FALSE(Catalogue::read(dir.file("missing.mo")));
}

TEST_CASE("catalogue: the program's Spanish catalogue as msgfmt wrote it") {
    auto es = Catalogue::read(std::filesystem::path(PYMES_BUILD_LOCALEDIR) / "es" / "LC_MESSAGES" /
                              "pymes.mo");
    REQUIRE(es);
    CHECK(std::strcmp(es->get("activity status\x04planned"), "planificada") == 0);
    CHECK(std::strcmp(es->get("{} row", es->plural_form(1)), "{} fila") == 0);
    CHECK(std::strcmp(es->get("{} row", es->plural_form(0)), "{} filas") == 0);
}
