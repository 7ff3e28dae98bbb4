#include "pymes/report/render.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "pymes/io/transfer.hpp"
#include "report/annual_catalogue.hpp"
#include "report/digest_catalogue.hpp"

using pymes::Cell;
using pymes::Table;

namespace {
Table sample_table() {
    return Table{{"code", "name", "n"},
                 {{Cell::of("BOLIVAR"), Cell::of("Programa Bolívar"), Cell::of_int(7)},
                  {Cell::of("SELA"), Cell::of("Sela, \"Caracas\"\nVE"), Cell::of_int(12)}}};
}
}  // namespace

TEST_CASE("render: tables align by display width, numbers to the right") {
    std::ostringstream out;
    pymes::render_table(out, sample_table(), {});
    CHECK(out.str() ==
          "code     name                 n\n"
          "BOLIVAR  Programa Bolívar     7\n"
          "SELA     Sela, \"Caracas\" VE  12\n");
}

TEST_CASE("render: a table cut to the terminal keeps every column") {
    std::ostringstream out;
    pymes::render_table(out, sample_table(), {.max_width = 24, .color = false});
    CHECK(out.str() ==
          "code     name          n\n"
          "BOLIVAR  Programa B…   7\n"
          "SELA     Sela, \"Car…  12\n");
}

TEST_CASE("render: CSV quotes only where RFC 4180 needs it") {
    std::ostringstream out;
    pymes::render_csv(out, sample_table(), {});
    CHECK(out.str() ==
          "code,name,n\nBOLIVAR,Programa Bolívar,7\nSELA,\"Sela, \"\"Caracas\"\"\nVE\",12\n");
}

TEST_CASE("render: JSON is typed and escaped, an empty list is []") {
    std::ostringstream out;
    pymes::render_json(out, sample_table());
    CHECK(out.str() ==
          "[\n{\"code\":\"BOLIVAR\",\"name\":\"Programa Bolívar\",\"n\":7},\n"
          "{\"code\":\"SELA\",\"name\":\"Sela, \\\"Caracas\\\"\\nVE\",\"n\":12}\n]\n");
    std::ostringstream empty;
    pymes::render_json(empty, Table{{"code"}, {}});
    CHECK(empty.str() == "[]\n");
    std::ostringstream typed;
    pymes::render_json(typed, Table{{"a", "b", "c", "d"},
                                    {{Cell::null(), Cell::of_bool(true), Cell::of_list({"x", "y"}),
                                      Cell::of_decimal("25000.00")}}});
    CHECK(typed.str() == "[\n{\"a\":null,\"b\":true,\"c\":[\"x\",\"y\"],\"d\":\"25000.00\"}\n]\n");
}

TEST_CASE("render: spreadsheet-safe cells cannot run as formulas") {
    CHECK(pymes::spreadsheet_safe("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")");
    CHECK(pymes::spreadsheet_safe("+51 1 234") == "'+51 1 234");
    CHECK(pymes::spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)");
    CHECK(pymes::spreadsheet_safe("\xEF\xBC\x9D"
                                  "1+1") ==
          "'\xEF\xBC\x9D"
          "1+1");
    CHECK(pymes::spreadsheet_safe("Capacitación") == "Capacitación");
    CHECK(pymes::spreadsheet_safe("'=1") == "''=1");  // a real leading ' gets one more
    CHECK(pymes::spreadsheet_unsafe(pymes::spreadsheet_safe("'=1")) == "'=1");
}

TEST_CASE("render: text a spreadsheet would read as a number or a date stays text") {
    using pymes::spreadsheet_safe, pymes::spreadsheet_unsafe;
    for (const char* v :
         {"007", "0012", "12345678901234567890", "1E5", "1/2", "2026-01-05", "10:00", "TRUE",
          "verdadero", "5%", "1.234,50 \xE2\x82\xAC", "3 mar 2026", "10:00 pm", "(5)"}) {
        INFO(v);
        CHECK(pymes::spreadsheet_reads_as_value(v));
        CHECK(spreadsheet_safe(v) == std::string("=\"") + v + "\"");
        CHECK(spreadsheet_unsafe(spreadsheet_safe(v)) == v);
    }
    for (const char* v : {"A-2", "Taller 2026", "SELA", "Reunión 3", "", "uno; dos", "e"}) {
        INFO(v);
        CHECK_FALSE(pymes::spreadsheet_reads_as_value(v));
        CHECK(spreadsheet_safe(v) == v);
    }
    // Real values that look like the escaped forms come back as they were.
    for (const char* v : {"=\"007\"", "'007", "''007", "=\"abc\"", "'=\"007\""}) {
        INFO(v);
        CHECK(spreadsheet_unsafe(spreadsheet_safe(v)) == v);
    }
    CHECK(spreadsheet_unsafe("=\"abc\"") == "=\"abc\"");  // not a form export writes
    const std::string digits(300, '7');                   // past a formula's 255 bytes: a leading '
    CHECK(spreadsheet_safe(digits) == "'" + digits);
    CHECK(spreadsheet_unsafe(spreadsheet_safe(digits)) == digits);
}

TEST_CASE("render: a narrow terminal loses low-value columns, then shortens text, never dates") {
    Table t{{"id", "title", "start_on", "recorded_on"},
            {{Cell::of_int(1), Cell::of("Taller regional de exportación"), Cell::of("2026-03-02"),
              Cell::of("2026-11-25")}},
            {{}, {true, 0}, {}, {false, pymes::kLowValue}}};
    std::ostringstream wide;
    pymes::render_table(wide, t, {.max_width = 80, .color = false});
    CHECK(wide.str().find("recorded_on") != std::string::npos);
    std::ostringstream narrow;
    pymes::render_table(narrow, t, {.max_width = 30, .color = false});
    CHECK(narrow.str() ==
          "id  title           start_on\n"
          " 1  Taller region…  2026-03-02\n");
    std::ostringstream tiny;  // dates stay whole even where they cannot fit
    pymes::render_table(tiny, t, {.max_width = 10, .color = false});
    CHECK(tiny.str().find("2026-03-02") != std::string::npos);
}

TEST_CASE(
    "catalogues: a key computed at run time that no catalogue has is a bug, not the key shown") {
    // A key written in the code is checked by the compiler (tests/public_headers.py tries one).
    CHECK(std::string(pymes::digest_text::word(pymes::digest_text::Key::named("meetings_held"),
                                               pymes::Language::en)) == "Meetings in the period");
    CHECK_THROWS_AS(pymes::digest_text::Key::named("meetings-held"), std::logic_error);
    CHECK_THROWS_AS(pymes::annual_text::Key::named(""), std::logic_error);
}
