#include "pymes/core/text.hpp"

#include <catch2/catch.hpp>

#include "pymes/core/config.hpp"

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

TEST_CASE(
    "text_problem: one-line fields hold no control character, long fields only LF, CR LF and TAB") {
    using pymes::text::Lines;
    using pymes::text::text_problem;
    CHECK(text_problem("Corporación Andina", Lines::one).empty());
    CHECK(text_problem("bad \xff byte", Lines::one) == "is not valid UTF-8 text");
    CHECK(text_problem("two\nlines", Lines::one) == "holds a line break; it must fit on one line");
    CHECK(text_problem("a\ttab", Lines::one) ==
          "holds a tab; it must fit on one line, without tabs");
    CHECK(text_problem("\x1b]0;owned\x07", Lines::one).find("U+001B") != std::string::npos);
    CHECK(text_problem("del\x7f", Lines::one).find("U+007F") != std::string::npos);
    CHECK(text_problem("c1 \xc2\x85 next line", Lines::one).find("U+0085") != std::string::npos);
    CHECK(text_problem(pymes::text::unix_lines("first\nsecond\r\nthird\tcolumn"), Lines::several)
              .empty());
    // What unix_lines leaves is checked: a CR before a CR LF stays a CR, and is refused.
    CHECK(text_problem(pymes::text::unix_lines("a\r\r\nb"), Lines::several).find("U+000D") !=
          std::string::npos);
    CHECK(text_problem("lone\rreturn", Lines::several).find("U+000D") != std::string::npos);
    CHECK(text_problem("\x1b[2J", Lines::several).find("U+001B") != std::string::npos);
    CHECK(pymes::text::unix_lines("a\r\nb\rc\n") == "a\nb\rc\n");
}

TEST_CASE("visible escapes what must not reach a terminal raw") {
    using pymes::text::Lines;
    using pymes::text::visible;
    CHECK(visible("Programa Bolívar") == "Programa Bolívar");
    CHECK(visible("\x1b]0;owned\x07title") == "\\x1b]0;owned\\x07title");
    CHECK(visible("a\nb\tc") == "a\\x0ab\\x09c");
    CHECK(visible("a\nb\tc\r\n", Lines::several) == "a\nb\tc\\x0d\n");
    CHECK(visible("c1\xc2\x9b"
                  "31m") == "c1\\u009b31m");
    CHECK(visible("bad\xff\xfe") == "bad\\xff\\xfe");
    CHECK(visible("\xef\xbf\xbd stays") == "\xef\xbf\xbd stays");
}

TEST_CASE("to_valid_utf8 replaces what is not UTF-8, and only that") {
    CHECK(pymes::text::to_valid_utf8("Bolívar") == "Bolívar");
    CHECK(pymes::text::to_valid_utf8("Bol\xedvar\xc2") == "Bol\xef\xbf\xbdvar\xef\xbf\xbd");
}

TEST_CASE("text: a web address has http(s), a host and no spaces") {
    using pymes::text::url_problem;
    CHECK(url_problem("https://www.sela.org/a?b=1").empty());
    CHECK(url_problem("http://localhost:8080/").empty());
    CHECK_FALSE(url_problem("www.sela.org").empty());
    CHECK_FALSE(url_problem("ftp://sela.org").empty());
    CHECK_FALSE(url_problem("https://").empty());
    CHECK_FALSE(url_problem("https://sela").empty());
    CHECK_FALSE(url_problem("https://www.sela .org").empty());
}

TEST_CASE("text: wrap keeps words whole, breaks a word longer than the line, loses nothing") {
    using V = std::vector<std::string>;
    CHECK(text::wrap("uno dos tres", 7) == V{"uno dos", "tres"});
    CHECK(text::wrap("  ", 10) == V{""});
    CHECK(text::wrap("ab abcdefghij c", 4) == V{"ab", "abcd", "efgh", "ij c"});
    CHECK(text::wrap("日本語の", 5) == V{"日本", "語の"});  // 2 columns each
    CHECK(text::wrap("Capacitacio\xCC\x81n", 11) == V{"Capacitacio\xCC\x81", "n"});  // mark stays
}
