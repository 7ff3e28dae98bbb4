// libFuzzer target: any bytes as CSV. The first byte picks the delimiter and encoding; the
// reader must give records or a CsvError, never crash, hang or read out of bounds.
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "pymes/io/csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const char delimiter = ",;\t|"[data[0] & 3];
    const pymes::Encoding encoding = (data[0] >> 2) % 3 == 0   ? pymes::Encoding::utf8
                                     : (data[0] >> 2) % 3 == 1 ? pymes::Encoding::latin1
                                                               : pymes::Encoding::cp1252;
    std::istringstream in(std::string(reinterpret_cast<const char*>(data + 1), size - 1));
    pymes::CsvReader reader(in, delimiter, encoding);
    std::vector<std::string> fields;
    try {
        std::size_t previous = 0;
        while (reader.next(fields)) {
            if (reader.line() < previous) __builtin_trap();  // lines only go forward
            previous = reader.line();
        }
    } catch (const pymes::CsvError& e) {
        if (e.line == 0) __builtin_trap();  // every error names a line
    }
    return 0;
}
