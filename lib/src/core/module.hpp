#pragma once
/// Modules: the code that needs a library only some commands use (GMime for --format email;
/// libxlsxwriter, libzip and expat for workbooks; libxml2 for IATI) is built twice: into the
/// static library the tests link, and into a shared object of its own (LIBDIR/pymes/NAME.so)
/// that the program loads the first time a command needs it, so that every other command
/// starts without loading those libraries (SPEC §9, issue 30). A module calls the rest of pymes
/// in the program (which exports the `pymes::` and `SQLite::` symbols) and hands the program a
/// table of its functions, whose first member is the version of pymes it was built from. Its
/// entry is `const void* pymes_module_NAME()`, exactly that type: the program calls it through
/// that pointer type, and a call through a pointer of another type (`const T* (*)()`) is
/// undefined behaviour (clang's UndefinedBehaviorSanitizer stops it).

#include <string_view>

#include "pymes/core/version.hpp"

/// The entry of a module, a C symbol that the program looks up by name.
#define PYMES_MODULE_ENTRY extern "C" __attribute__((visibility("default")))

namespace pymes::detail {

/// The table of module `name` (NAME.so beside the program: PREFIX/bin/../LIBDIR/pymes, the
/// build tree laid out the same way; else the installation's LIBDIR/pymes), loaded once for the
/// life of the process. Throws Error (70) when it is missing, cannot be loaded or is from
/// another version of pymes.
const void* load_module(const char* name);

/// The same, as its table type (whose first member is `std::string_view version`).
template <class Table>
const Table& module(const char* name) {
    return *static_cast<const Table*>(load_module(name));
}

}  // namespace pymes::detail
