// Loading a module (core/module.hpp): dlopen on first use, found relative to the program.
#include "core/module.hpp"

#include <dlfcn.h>
#include <limits.h>
#include <unistd.h>

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"

namespace pymes::detail {

namespace {

/// Where the modules may be: beside the program (PREFIX/bin/pymes -> PREFIX/LIBDIR/pymes; the
/// build tree has the same layout), then the installation's own folder.
std::vector<std::string> module_dirs() {
    std::vector<std::string> dirs;
    char exe[PATH_MAX];
    if (ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe - 1); n > 0) {
        std::string path(exe, static_cast<std::size_t>(n));
        if (auto slash = path.rfind('/'); slash != std::string::npos)
            dirs.push_back(path.substr(0, slash) + "/" PYMES_MODULE_RELDIR);
    }
    dirs.emplace_back(PYMES_INSTALL_MODULEDIR);
    return dirs;
}

}  // namespace

const void* load_module(const char* name) {
    static std::mutex loading;
    static std::map<std::string, const void*> loaded;
    std::lock_guard<std::mutex> lock(loading);
    if (auto it = loaded.find(name); it != loaded.end()) return it->second;

    const std::string file = std::string(name) + ".so";
    const std::vector<std::string> dirs = module_dirs();
    std::string path;
    for (const std::string& dir : dirs)
        if (::access((dir + "/" + file).c_str(), R_OK) == 0) {
            path = dir + "/" + file;
            break;
        }
    const std::string hint = tr("install pymes again: the program and its modules go together");
    if (path.empty()) {
        std::string where;
        for (const std::string& dir : dirs) where += (where.empty() ? "" : ", ") + dir;
        throw Error(Exit::software,
                    trf("a part of pymes is missing: {} (looked in {})", file, where), hint);
    }
    // Bound now, so that a module that does not fit the program fails here, not mid-command;
    // local, so that its symbols never stand for the program's.
    void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    const char* why = handle ? nullptr : ::dlerror();
    using Entry = const void* (*)();
    const std::string entry_name = std::string("pymes_module_") + name;
    Entry entry = handle ? reinterpret_cast<Entry>(::dlsym(handle, entry_name.c_str())) : nullptr;
    if (handle && !entry) why = ::dlerror();
    const void* table = entry ? entry() : nullptr;
    if (!table || *static_cast<const std::string_view*>(table) != kVersion)
        throw Error(Exit::software,
                    trf("cannot load a part of pymes, {}: {}", path,
                        why ? why : trf("it is not from pymes {}", kVersion)),
                    hint);
    loaded[name] = table;
    return table;
}

}  // namespace pymes::detail
