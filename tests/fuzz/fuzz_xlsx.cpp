// libFuzzer target: any bytes as a workbook (issue 16). The reader must give rows or a
// DataError (a damaged zip, a zip bomb past the bounds, malformed XML, one XML token past its
// bound, too many shared strings, a bad cell on a row), never crash, hang, read out of bounds or
// hold more than its bounds.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/io/xlsx.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Bounds far below the real ones, so that a bomb is caught within the fuzzer's memory.
    pymes::XlsxLimits limits;
    limits.part_bytes = std::uint64_t{4} << 20;
    limits.package_bytes = std::uint64_t{8} << 20;
    limits.shared_strings = 10000;
    limits.shared_text = std::size_t{1} << 20;
    limits.shared_taken = std::uint64_t{8} << 20;
    limits.xml_markup = std::uint64_t{64} << 10;  // a token past it costs expat its square
    limits.xml_text = std::uint64_t{512} << 10;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        pymes::XlsxReader reader(bytes, "fuzz.xlsx", limits);
        std::vector<std::string> fields;
        std::size_t previous = 0;
        while (reader.next(fields)) {
            if (reader.line() <= previous) __builtin_trap();  // rows only go forward
            previous = reader.line();
        }
    } catch (const pymes::CsvError& e) {
        if (e.line == 0) __builtin_trap();  // a row's error names its row
    } catch (const pymes::DataError&) {
    }
    return 0;
}
