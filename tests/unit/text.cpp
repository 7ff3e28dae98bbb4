#include <catch2/catch.hpp>

#include "pymes/config.hpp"
#include "pymes/text.hpp"

namespace text = pymes::text;

TEST_CASE("text: folding ignores case and accents, composed or decomposed") {
    CHECK(text::fold("Capacitación") == "capacitacion");
    CHECK(text::fold("POLÍTICAS PÚBLICAS") == "politicas publicas");
    CHECK(text::fold("Capacitacio\xCC\x81n") == "capacitacion");  // o + U+0301
    CHECK(text::fold("Año") == "ano");
}

TEST_CASE("text: display width counts what a terminal shows") {
    CHECK(text::display_width("Bolívar") == 7);
    CHECK(text::display_width("Capacitacio\xCC\x81n") == 12);
    CHECK(text::display_width("日本") == 4);
    CHECK(text::fit("Bolívar", 4) == "Bolí");
    CHECK(text::fit("日本", 3) == "日");
}

TEST_CASE("text: UTF-8 validity") {
    CHECK(text::valid_utf8("Comisión Mipymes Mercosur"));
    CHECK_FALSE(text::valid_utf8("Comisi\xF3n"));  // Latin-1
    CHECK_FALSE(text::valid_utf8("\xC0\xAF"));     // overlong
    CHECK(text::valid_utf8("\xEF\xBF\xBD"));       // U+FFFD itself is valid
}

TEST_CASE("text: the closest known word, or nothing when none is near") {
    CHECK(text::closest("langauge", pymes::config_keys()) == "language");
    CHECK(text::closest("busy_timeout", pymes::config_keys()) == "busy_timeout_ms");
    CHECK(text::closest("zzzzzzzz", pymes::config_keys()).empty());
}
