#pragma once
/// The tables of the io layer's modules (core/module.hpp): the workbook module (libxlsxwriter,
/// libzip, expat: xlsx_*.cpp) and the IATI module (libxml2: iati.cpp). The program calls them
/// through io/modules.cpp; the tests link their code directly.

#include <string_view>

#include "pymes/io/iati.hpp"
#include "pymes/io/xlsx.hpp"

namespace pymes::detail {

struct WorkbookModule {
    std::string_view version;
    decltype(&import_xlsx) import;
    decltype(&write_xlsx_export) write_export;
    decltype(&write_xlsx_template) write_template;
};

struct IatiModule {
    std::string_view version;
    decltype(&write_iati) write;
};

}  // namespace pymes::detail
