// I/O errors, the way SQLite tests itself: a VFS that passes every call to the real one but
// fails the Nth write, sync or truncate, looped over N around an import and an edit. Every
// run ends with a clear error (74) or success, and the registry, opened again normally,
// passes `db check` and holds exactly the state before the command or after it.

#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>

#include "context.hpp"
#include "support.hpp"

namespace {

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_faulty;
int g_countdown = -1;  // operations left before the fault; -1: never
int g_code = SQLITE_IOERR_WRITE;
bool g_fired = false;

bool fault() {
    if (g_countdown < 0) return false;
    if (g_countdown-- == 0) {
        g_fired = true;
        return true;
    }
    return false;
}

struct File {
    sqlite3_file base;
    sqlite3_file* real;
};
sqlite3_file* real(sqlite3_file* f) { return reinterpret_cast<File*>(f)->real; }

int x_close(sqlite3_file* f) {
    int rc = real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
    return rc;
}
int x_read(sqlite3_file* f, void* b, int n, sqlite3_int64 o) {
    return real(f)->pMethods->xRead(real(f), b, n, o);
}
int x_write(sqlite3_file* f, const void* b, int n, sqlite3_int64 o) {
    return fault() ? g_code : real(f)->pMethods->xWrite(real(f), b, n, o);
}
int x_truncate(sqlite3_file* f, sqlite3_int64 s) {
    return fault() ? SQLITE_IOERR_TRUNCATE : real(f)->pMethods->xTruncate(real(f), s);
}
int x_sync(sqlite3_file* f, int flags) {
    return fault() ? SQLITE_IOERR_FSYNC : real(f)->pMethods->xSync(real(f), flags);
}
int x_size(sqlite3_file* f, sqlite3_int64* s) { return real(f)->pMethods->xFileSize(real(f), s); }
int x_lock(sqlite3_file* f, int l) { return real(f)->pMethods->xLock(real(f), l); }
int x_unlock(sqlite3_file* f, int l) { return real(f)->pMethods->xUnlock(real(f), l); }
int x_reserved(sqlite3_file* f, int* r) {
    return real(f)->pMethods->xCheckReservedLock(real(f), r);
}
int x_control(sqlite3_file* f, int op, void* a) {
    return real(f)->pMethods->xFileControl(real(f), op, a);
}
int x_sector(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
int x_device(sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int x_shm_map(sqlite3_file* f, int i, int s, int e, void volatile** p) {
    return real(f)->pMethods->xShmMap(real(f), i, s, e, p);
}
int x_shm_lock(sqlite3_file* f, int o, int n, int fl) {
    return real(f)->pMethods->xShmLock(real(f), o, n, fl);
}
void x_shm_barrier(sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); }
int x_shm_unmap(sqlite3_file* f, int d) { return real(f)->pMethods->xShmUnmap(real(f), d); }

const sqlite3_io_methods kMethods = {
    2,          x_close,       x_read,      x_write,   x_truncate, x_sync,   x_size,
    x_lock,     x_unlock,      x_reserved,  x_control, x_sector,   x_device, x_shm_map,
    x_shm_lock, x_shm_barrier, x_shm_unmap, nullptr,   nullptr};

int x_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* out) {
    auto* file = reinterpret_cast<File*>(f);
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    std::memset(file->real, 0, std::size_t(g_real->szOsFile));
    int rc = g_real->xOpen(g_real, name, file->real, flags, out);
    file->base.pMethods = file->real->pMethods ? &kMethods : nullptr;
    return rc;
}
int x_delete(sqlite3_vfs*, const char* n, int s) {
    return fault() ? SQLITE_IOERR_DELETE : g_real->xDelete(g_real, n, s);
}
int x_access(sqlite3_vfs*, const char* n, int f, int* o) {
    return g_real->xAccess(g_real, n, f, o);
}
int x_full(sqlite3_vfs*, const char* n, int s, char* o) {
    return g_real->xFullPathname(g_real, n, s, o);
}
void* x_dlopen(sqlite3_vfs*, const char* n) { return g_real->xDlOpen(g_real, n); }
void x_dlerror(sqlite3_vfs*, int n, char* m) { g_real->xDlError(g_real, n, m); }
void (*x_dlsym(sqlite3_vfs*, void* h, const char* s))(void) { return g_real->xDlSym(g_real, h, s); }
void x_dlclose(sqlite3_vfs*, void* h) { g_real->xDlClose(g_real, h); }
int x_random(sqlite3_vfs*, int n, char* o) { return g_real->xRandomness(g_real, n, o); }
int x_sleep(sqlite3_vfs*, int u) { return g_real->xSleep(g_real, u); }
int x_time(sqlite3_vfs*, double* t) { return g_real->xCurrentTime(g_real, t); }
int x_error(sqlite3_vfs*, int n, char* m) { return g_real->xGetLastError(g_real, n, m); }
int x_time64(sqlite3_vfs*, sqlite3_int64* t) { return g_real->xCurrentTimeInt64(g_real, t); }

/// Makes the faulty VFS the default while alive.
struct FaultyVfs {
    FaultyVfs(int countdown, int code) {
        if (!g_real) g_real = sqlite3_vfs_find(nullptr);
        g_faulty = *g_real;
        g_faulty.iVersion = 2;
        g_faulty.szOsFile = int(sizeof(File)) + g_real->szOsFile;
        g_faulty.zName = "pymes-faulty";
        g_faulty.pNext = nullptr;
        g_faulty.xOpen = x_open;
        g_faulty.xDelete = x_delete;
        g_faulty.xAccess = x_access;
        g_faulty.xFullPathname = x_full;
        g_faulty.xDlOpen = x_dlopen;
        g_faulty.xDlError = x_dlerror;
        g_faulty.xDlSym = x_dlsym;
        g_faulty.xDlClose = x_dlclose;
        g_faulty.xRandomness = x_random;
        g_faulty.xSleep = x_sleep;
        g_faulty.xCurrentTime = x_time;
        g_faulty.xGetLastError = x_error;
        g_faulty.xCurrentTimeInt64 = x_time64;
        g_countdown = countdown;
        g_code = code;
        g_fired = false;
        sqlite3_vfs_register(&g_faulty, 1);
    }
    ~FaultyVfs() {
        sqlite3_vfs_unregister(&g_faulty);
        sqlite3_vfs_register(g_real, 1);
        g_countdown = -1;
    }
};

struct Run {
    int code;
    std::string out, err;
};

Run run_pymes(const std::vector<std::string>& args) {
    std::vector<const char*> argv{"pymes", "--no-config", "-q"};
    for (const auto& a : args) argv.push_back(a.c_str());
    std::ostringstream out, err;
    pymes::Environment env = [](const std::string& name) -> std::optional<std::string> {
        if (name == "HOME") return "/nonexistent";
        if (name == "USER") return "tester";
        if (name == "LANGUAGE") return "en";  // the messages these tests read are English
        return std::nullopt;
    };
    int code = pymes::cli::run(int(argv.size()), argv.data(), out, err, env, {});
    return {code, out.str(), err.str()};
}

std::string state(const std::string& registry) {
    std::string s;
    for (const char* e : {"institution", "activity"})
        s += run_pymes({"-R", registry, e, "export"}).out;
    return s;
}

/// Runs `args` with a fault at every operation in turn until it succeeds; checks each outcome.
void loop_faults(const std::vector<std::string>& args, const std::string& registry, int code,
                 const char* what) {
    test::TempDir scratch;
    const std::string pristine = scratch.file("pristine.db");
    run_pymes({"-R", registry, "db", "backup", pristine});
    const std::string before = state(registry);
    int runs = 0, faults = 0;
    for (int n = 0; n < 2000; ++n) {
        const std::string copy = scratch.file("run-" + std::to_string(n) + ".db");
        run_pymes({"-R", pristine, "db", "backup", copy});
        std::vector<std::string> with_registry{"-R", copy};
        with_registry.insert(with_registry.end(), args.begin(), args.end());
        Run r;
        bool fired;
        {
            FaultyVfs vfs(n, code);
            r = run_pymes(with_registry);
            fired = g_fired;
        }
        ++runs;
        INFO(what << ": fault at operation " << n << ": exit " << r.code << ": " << r.err);
        Run check = run_pymes({"-R", copy, "db", "check"});
        CHECK(check.code == 0);
        if (!fired) {
            CHECK(r.code == 0);
            CHECK(state(copy) != before);
            break;
        }
        ++faults;
        if (r.code == 0) {
            // A fault SQLite recovered from (a failed delete of a journal, say): the command
            // succeeded, so the registry is the state after it.
            CHECK(state(copy) != before);
        } else {
            CHECK(r.code == 74);
            CHECK(r.err.rfind("pymes: error: ", 0) == 0);
            CHECK(r.err.find("SQLite") == std::string::npos);
            CHECK(state(copy) == before);
        }
        std::filesystem::remove(copy);
    }
    CHECK(faults > 3);
    WARN(what << ": " << faults << " faults injected, " << runs << " runs");
}

}  // namespace

TEST_CASE(
    "io errors: an import and an edit under a failing disk end in 74 or success, never half") {
    test::TempDir dir;
    const std::string registry = dir.file("r.db");
    REQUIRE(run_pymes({"-R", registry, "init"}).code == 0);
    const std::string csv = dir.file("a.csv");
    {
        std::ofstream f(csv);
        f << "institution,area,title,start_on\n";
        for (int i = 0; i < 300; ++i) f << "SELA,training,Taller " << i << ",2026-01-05\n";
    }
    loop_faults({"activity", "import", csv}, registry, SQLITE_IOERR_WRITE, "import, I/O error");
    loop_faults({"institution", "edit", "SELA", "--notes", "Sede en Caracas"}, registry,
                SQLITE_FULL, "edit, disk full");
}
