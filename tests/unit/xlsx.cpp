// The workbook reader's parts (lib/src/io/xlsx_*.cpp): numbers and date serials as text, number
// formats that show dates, and the bounds that refuse a zip bomb or a flood of shared strings.
#include "pymes/xlsx.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "io/xlsx_package.hpp"

using pymes::detail::format_kind;
using pymes::detail::number_text;
using pymes::detail::NumberKind;

namespace {
std::string as(std::string_view v, NumberKind kind, bool date1904 = false) {
    std::string out;
    if (!number_text(v, kind, date1904, out)) return "not a number";
    return out;
}
const std::string kCorpus = PYMES_FUZZ_CORPUS;
}  // namespace

TEST_CASE("numbers read back as their shortest text") {
    CHECK(as("7", NumberKind::number) == "7");
    CHECK(as("25000", NumberKind::number) == "25000");
    CHECK(as("1234.56", NumberKind::number) == "1234.56");
    CHECK(as("0.30000000000000004", NumberKind::number) == "0.30000000000000004");
    CHECK(as("1E+20", NumberKind::number) == "1e+20");
    CHECK(as("-3", NumberKind::number) == "-3");
    CHECK(as("x", NumberKind::number) == "not a number");
    CHECK(as("", NumberKind::number) == "not a number");
    CHECK(as("1e999", NumberKind::number) == "not a number");
}

TEST_CASE("date serials in the 1900 system keep Excel's leap day of 1900") {
    CHECK(as("1", NumberKind::date) == "1900-01-01");
    CHECK(as("59", NumberKind::date) == "1900-02-28");
    CHECK(as("60", NumberKind::date) == "1900-02-29");  // no such day: import refuses it
    CHECK(as("61", NumberKind::date) == "1900-03-01");
    CHECK(as("35409", NumberKind::date) == "1996-12-10");
    CHECK(as("46351", NumberKind::date) == "2026-11-25");
    CHECK(as("46351.5", NumberKind::date) == "2026-11-25 12:00");
    CHECK(as("46351.999999999", NumberKind::date) == "2026-11-26");
}

TEST_CASE("date serials in the 1904 system") {
    CHECK(as("0", NumberKind::date, true) == "1904-01-01");
    CHECK(as("33947", NumberKind::date, true) == "1996-12-10");
}

TEST_CASE("times of day") {
    CHECK(as("0.4166666666666667", NumberKind::time) == "10:00");
    CHECK(as("0.5", NumberKind::time) == "12:00");
    CHECK(as("0.50001157407", NumberKind::time) == "12:00:01");
    CHECK(as("46351", NumberKind::date_time) == "2026-11-25");
}

TEST_CASE("number formats that show dates or times") {
    CHECK(format_kind("yyyy-mm-dd") == NumberKind::date);
    CHECK(format_kind("dd/mm/yyyy") == NumberKind::date);
    CHECK(format_kind("[$-409]mmmm d, yyyy;@") == NumberKind::date);
    CHECK(format_kind("d/m/yy\\ h:mm AM/PM") == NumberKind::date_time);
    CHECK(format_kind("h:mm") == NumberKind::time);
    CHECK(format_kind("hh:mm:ss AM/PM") == NumberKind::time);
    CHECK(format_kind("[h]:mm:ss") == NumberKind::number);  // a duration
    CHECK(format_kind("0.00") == NumberKind::number);
    CHECK(format_kind("General") == NumberKind::number);
    CHECK(format_kind("\"day\" 0") == NumberKind::number);
    CHECK(format_kind("[Red]0.00;[Blue]-0.00") == NumberKind::number);
}

TEST_CASE("a zip bomb is refused once its bytes pass the bound") {
    pymes::XlsxLimits limits;
    limits.part_bytes = std::uint64_t{4} << 20;
    std::vector<std::string> row;
    try {
        pymes::XlsxReader reader(kCorpus + "/bomb.xlsx", "bomb.xlsx", limits);
        while (reader.next(row)) {
        }
        FAIL("read to the end");
    } catch (const pymes::DataError& e) {
        CHECK(std::string(e.what()) ==
              "bomb.xlsx: the part xl/worksheets/sheet1.xml is over 4 MiB uncompressed");
    }
}

TEST_CASE("a flood of shared strings is refused") {
    pymes::XlsxLimits limits;
    limits.shared_strings = 1000;
    try {
        pymes::XlsxReader reader(kCorpus + "/many-strings.xlsx", "s.xlsx", limits);
        FAIL("opened");
    } catch (const pymes::DataError& e) {
        CHECK(std::string(e.what()) == "s.xlsx: the workbook has over 1000 shared strings");
    }
}

TEST_CASE("a document type in a part is refused") {
    try {
        pymes::XlsxReader reader(kCorpus + "/doctype.xlsx", "d.xlsx");
        std::vector<std::string> row;
        while (reader.next(row)) {
        }
        FAIL("read to the end");
    } catch (const pymes::DataError& e) {
        CHECK(std::string(e.what()).find("a document type or entity") != std::string::npos);
    }
}

TEST_CASE("shared strings past the memory bound are read back from their file") {
    pymes::detail::SharedStrings strings;
    const std::string a(1000, 'a'), b = "ñandú";
    for (int i = 0; i < 6000; ++i) {  // 6 MB: past the 4 MiB kept in memory
        strings.append(i % 2 ? b : a);
        strings.end_string();
    }
    strings.append("último");
    strings.end_string();
    strings.finish();
    CHECK(strings.size() == 6001);
    CHECK(strings[0] == a);
    CHECK(strings[1] == b);
    CHECK(strings[4999] == b);
    CHECK(strings[5000] == a);
    CHECK(strings[6000] == "último");
}
