// The workbook reader's parts (lib/src/io/xlsx_*.cpp): numbers and date serials as text, number
// formats that show dates, and the bounds that refuse a zip bomb or a flood of shared strings.
#include "pymes/io/xlsx.hpp"

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

// Issue 28: hostile workbooks. The seeds are written by tests/reliability/hostile_imports.py
// (--seeds), which also imports their large versions and measures the peak memory.
namespace {

/// Every row of a workbook, or the error that ends it: "DataError: ..." or "LINE: ...".
std::string read_all(const std::string& name, pymes::XlsxLimits limits = {},
                     std::vector<std::vector<std::string>>* rows = nullptr) {
    try {
        pymes::XlsxReader reader(kCorpus + "/" + name, name, limits);
        std::vector<std::string> row;
        while (reader.next(row))
            if (rows) rows->push_back(row);
        return "read to the end";
    } catch (const pymes::CsvError& e) {
        return std::to_string(e.line) + ": " + e.what();
    } catch (const pymes::DataError& e) {
        return std::string("DataError: ") + e.what();
    }
}

}  // namespace

TEST_CASE("one huge XML token is refused at its bound, naming its part") {
    // expat 2.5 parses an unfinished token again at every chunk: a 32 MiB comment took 13 s.
    CHECK(read_all("huge-comment.xlsx") ==
          "DataError: huge-comment.xlsx: the part xl/worksheets/sheet1.xml has an XML tag, "
          "comment or instruction over 1 MiB");
    CHECK(read_all("huge-attribute.xlsx") ==
          "DataError: huge-attribute.xlsx: the part xl/worksheets/sheet1.xml has an XML tag, "
          "comment or instruction over 1 MiB");
    CHECK(read_all("huge-instruction.xlsx") ==
          "DataError: huge-instruction.xlsx: the part xl/sharedStrings.xml has an XML tag, "
          "comment or instruction over 1 MiB");
    CHECK(read_all("huge-text.xlsx") ==
          "DataError: huge-text.xlsx: the part xl/worksheets/sheet1.xml has a run of text over 8 "
          "MiB without markup");
    // In UTF-16 every character of the attribute is the bytes '<' '>': refused for its NULs.
    CHECK(read_all("utf16-attribute.xlsx") ==
          "DataError: utf16-attribute.xlsx: the part xl/worksheets/sheet1.xml is not UTF-8: it "
          "has a NUL byte");
}

TEST_CASE("the token bound follows quotes, comments, instructions and CDATA across chunks") {
    pymes::XlsxLimits limits;
    limits.xml_markup = 16;
    limits.xml_text = 32;
    using Over = pymes::detail::TokenBound::Over;
    // Fed a byte at a time, as a chunk may end anywhere.
    auto scan = [&](std::string_view xml) {
        pymes::detail::TokenBound bound;
        for (char c : xml)
            if (Over o = bound.scan(&c, 1, limits); o != Over::none) return o;
        return Over::none;
    };
    CHECK(scan("<a b='1'><c d=\"2\">text</c><!-- x --><?p y?><![CDATA[<>]]></a>") == Over::none);
    CHECK(scan("<a b='>>>>>>>>>>>>'/>") == Over::markup);  // a '>' inside quotes ends no tag
    CHECK(scan("<a>" + std::string(14, 'x') + "</a>") == Over::none);
    CHECK(scan("<!-- > > > > > > > -->") == Over::markup);  // nor inside a comment
    CHECK(scan("<?pi > > > > > > > ?>") == Over::markup);
    CHECK(scan("<a>" + std::string(32, 'x') + "</a>") == Over::none);
    CHECK(scan("<a>" + std::string(33, 'x') + "</a>") == Over::text);
    CHECK(scan("<a><![CDATA[" + std::string(33, '>') + "]]></a>") == Over::text);
    CHECK(scan("<a><![CDATA[" + std::string(29, 'x') + "]]><b/><![CDATA[x]]></a>") == Over::none);
    CHECK(scan(std::string("<a>\0</a>", 8)) == Over::nul);
}

TEST_CASE("a shared string over 1 MiB is an error on the first row that takes it") {
    // One 2 MiB string, the title of rows 2 to 4: before, each row copied it (a 16 MiB string
    // in 40 rows took 857 MB and grew the registry by 641 MB).
    std::vector<std::vector<std::string>> rows;
    CHECK(read_all("long-shared-string.xlsx", {}, &rows) == "2: C2: a value over 1 MiB");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0] == std::vector<std::string>{"institution", "area", "title"});
}

TEST_CASE("the text cells take from the shared strings is bounded, each reference counted") {
    // One string of 100,000 bytes, the title of rows 2 to 51: 20 of them make 2,000,000 bytes.
    pymes::XlsxLimits limits;
    limits.shared_taken = std::uint64_t{2} << 20;
    std::vector<std::vector<std::string>> rows;
    CHECK(read_all("shared-references.xlsx", limits, &rows) ==
          "22: the sheet's cells take over 2 MiB of text from the shared strings");
    REQUIRE(rows.size() == 21);  // the header and rows 2 to 21
    CHECK(rows[20][2] == std::string(100000, 's'));
    rows.clear();
    CHECK(read_all("shared-references.xlsx", {}, &rows) == "read to the end");
    CHECK(rows.size() == 51);
}

TEST_CASE("a row past the sheet's last is named as such") {
    std::vector<std::vector<std::string>> rows;
    CHECK(read_all("row-past-the-last.xlsx", {}, &rows) ==
          "1048577: a sheet has at most 1,048,576 rows");
    CHECK(rows.size() == 2);
}

TEST_CASE("a workbook with two parts of one name is refused") {
    CHECK(read_all("duplicate-entry.xlsx") ==
          "DataError: duplicate-entry.xlsx is not a workbook pymes reads: it has two parts named "
          "xl/worksheets/sheet1.xml");
}
