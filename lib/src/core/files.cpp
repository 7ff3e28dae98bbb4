#include "pymes/core/files.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"

namespace pymes {

namespace {

namespace fs = std::filesystem;

std::string folder_of(const std::string& path) {
    const fs::path p(path);
    return p.has_parent_path() ? p.parent_path().string() : std::string(".");
}

/// Closes the descriptor and removes the named temporary (if any) unless released.
struct Aside {
    int fd = -1;
    std::string temp;  ///< empty for an unnamed (O_TMPFILE) file
    ~Aside() {
        // Unlinked before it is closed: a temporary's lock covers it until it is gone.
        if (!temp.empty()) ::unlink(temp.c_str());
        if (fd >= 0) ::close(fd);
    }
};

[[noreturn]] void cannot_create(const std::string& path, int err) {
    throw Error(Exit::cant_create, trf("cannot create {}: {}", path, system_error_text(err)),
                tr("check that the folder exists and is writable"));
}

/// A temporary beside `path`: O_EXCL (mkstemp) under a name nobody can guess, mode 0600.
void open_named(Aside& a, const std::string& path) {
    const fs::path p(path);
    std::string name =
        (fs::path(folder_of(path)) / fmt::format(".{}.XXXXXX", p.filename().string())).string();
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0) cannot_create(path, errno);
    a.fd = fd;
    a.temp = name;
}

void write_all(const Aside& a, const std::string& path, std::string_view bytes, mode_t mode) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(a.fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int err = errno;
            if (err == ENOSPC || err == EDQUOT)
                throw Error(Exit::io, trf("the disk is full; {} was not written", path),
                            tr("free some space and run the command again"));
            throw Error(Exit::io, trf("cannot write {}: {}", path, system_error_text(err)));
        }
        done += std::size_t(n);
    }
    if (::fchmod(a.fd, mode) != 0 || ::fsync(a.fd) != 0)
        throw Error(Exit::io, trf("cannot write {}: {}", path, system_error_text(errno)));
}

void sync_folder(const std::string& path) {
    const int dir = ::open(folder_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

}  // namespace

void create_file(const std::string& path, std::string_view bytes, mode_t mode,
                 std::string_view what) {
    Aside a;
    a.fd = ::open(folder_of(path).c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (a.fd < 0) {
        if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) {
            const int err = errno;
            throw Error(Exit::cant_create,
                        trf("cannot create {} at {}: {}", what, path, system_error_text(err)),
                        tr("check that the folder exists and is writable"));
        }
        open_named(a, path);
    }
    write_all(a, path, bytes, mode);
    int rc;
    if (a.temp.empty()) {
        const std::string self = fmt::format("/proc/self/fd/{}", a.fd);
        rc = ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, path.c_str(), AT_SYMLINK_FOLLOW);
    } else {
        rc = ::link(a.temp.c_str(), path.c_str());
    }
    if (rc != 0) {
        const int err = errno;
        if (err == EEXIST)
            throw Error(Exit::cant_create, trf("a file already exists at {}", path),
                        tr("pymes never overwrites a registry or a backup; name a new file"));
        throw Error(Exit::cant_create,
                    trf("cannot create {} at {}: {}", what, path, system_error_text(err)),
                    tr("check that the folder exists and is writable"));
    }
    sync_folder(path);
}

namespace {

/// The temporaries of create_file_with: `.pymes-partial.XXXXXX`, locked (flock) while in use.
constexpr std::string_view kPartial = ".pymes-partial.";

/// Removes the temporaries that earlier runs, killed half-way, left in `folder`: those whose
/// lock nobody holds (a run at work holds its own until its file is linked into place).
void sweep_partials(const std::string& folder) {
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() != kPartial.size() + 6 || name.compare(0, kPartial.size(), kPartial) != 0)
            continue;
        const int fd = ::open(it->path().c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) continue;
        struct stat st {};
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid() &&
            ::flock(fd, LOCK_EX | LOCK_NB) == 0)
            ::unlink(it->path().c_str());
        ::close(fd);
    }
}

}  // namespace

void create_file_with(const std::string& path, mode_t mode, std::string_view what,
                      const std::function<void(const std::string& temp)>& fill) {
    const std::string folder = folder_of(path);
    sweep_partials(folder);
    Aside a;
    for (;;) {
        a.temp = (fs::path(folder) / fmt::format("{}XXXXXX", kPartial)).string();
        a.fd = ::mkostemp(a.temp.data(), O_CLOEXEC);
        if (a.fd < 0) {
            const int err = errno;
            a.temp.clear();
            throw Error(Exit::cant_create,
                        trf("cannot create {} at {}: {}", what, path, system_error_text(err)),
                        tr("check that the folder exists and is writable"));
        }
        // Locked while in use; one that another run swept away before the lock: another name.
        struct stat st {};
        if (::flock(a.fd, LOCK_EX) == 0 && ::fstat(a.fd, &st) == 0 && st.st_nlink > 0) break;
        ::close(a.fd);
        a.fd = -1;
        a.temp.clear();
    }
    // The descriptor stays open until the file is in place: closing it would also drop the
    // locks SQLite holds on the file (POSIX record locks are per process and file).
    fill(a.temp);
    write_all(a, path, {}, mode);  // nothing more to write: the mode, then fsync
    if (::link(a.temp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        if (err == EEXIST)
            throw Error(Exit::cant_create, trf("a file already exists at {}", path),
                        tr("pymes never overwrites a registry or a backup; name a new file"));
        throw Error(Exit::cant_create,
                    trf("cannot create {} at {}: {}", what, path, system_error_text(err)),
                    tr("check that the folder exists and is writable"));
    }
    sync_folder(path);
}

namespace {

/// The same file: the same inode when both exist, else the same name once the folders' links
/// are resolved (a registry's -wal or -shm is there only while a connection is open).
bool same_file(const std::string& a, const struct stat* a_stat, const std::string& b) {
    struct stat b_stat {};
    if (a_stat && ::stat(b.c_str(), &b_stat) == 0)
        return a_stat->st_dev == b_stat.st_dev && a_stat->st_ino == b_stat.st_ino;
    std::error_code ec1, ec2;
    const fs::path x = fs::weakly_canonical(fs::absolute(a), ec1);
    const fs::path y = fs::weakly_canonical(fs::absolute(b), ec2);
    return !ec1 && !ec2 && x == y;
}

/// Refuses (73) `path` when it is the registry `protect` or one of the files SQLite keeps
/// beside it (its -wal, -shm or -journal): output written there is lost, and breaks the registry.
void refuse_registry(const std::string& path, const struct stat* target,
                     const std::string& protect) {
    if (protect.empty()) return;
    if (same_file(path, target, protect)) {
        throw Error(Exit::cant_create, trf("{} is the registry; it was left as it was", path),
                    tr("name another file with -o"));
    }
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (same_file(path, target, protect + suffix)) {
            throw Error(
                Exit::cant_create,
                trf("{} is a file of the registry (its journal); it was left as it was", path),
                tr("name another file with -o"));
        }
    }
}

/// Checks `path` as replace_file() does, and gives the mode the new file gets.
mode_t replaceable(const std::string& path, const std::string& protect) {
    mode_t mode = 0;
    struct stat target {};
    if (::stat(path.c_str(), &target) == 0) {
        if (!S_ISREG(target.st_mode)) {
            throw Error(Exit::cant_create,
                        trf("{} is not a regular file (a folder, a device or a pipe); it "
                            "was left as it was",
                            path),
                        tr("name a file with -o, or leave -o out to write to standard output"));
        }
        refuse_registry(path, &target, protect);
        mode = target.st_mode & 07777;
    } else {
        refuse_registry(path, nullptr, protect);
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    return mode;
}

}  // namespace

void replace_file(const std::string& path, std::string_view bytes, const std::string& protect) {
    const mode_t mode = replaceable(path, protect);
    Aside a;
    open_named(a, path);
    write_all(a, path, bytes, mode);
    if (::rename(a.temp.c_str(), path.c_str()) != 0) cannot_create(path, errno);
    a.temp.clear();
    sync_folder(path);
}

void replace_file_from(const std::string& path, const std::string& from,
                       const std::string& protect) {
    const mode_t mode = replaceable(path, protect);
    Aside a;
    open_named(a, path);
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) throw Error(Exit::io, trf("cannot read {}: {}", from, system_error_text(errno)));
    std::string chunk(1 << 16, '\0');
    for (;;) {
        const ssize_t n = ::read(in, chunk.data(), chunk.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        try {
            write_all(a, path, std::string_view(chunk.data(), std::size_t(n)), mode);
        } catch (...) {
            ::close(in);
            throw;
        }
    }
    ::close(in);
    if (::rename(a.temp.c_str(), path.c_str()) != 0) cannot_create(path, errno);
    a.temp.clear();
    sync_folder(path);
}

}  // namespace pymes

namespace pymes {

TemporaryFile::TemporaryFile(std::string_view what) {
    const char* dir = std::getenv("TMPDIR");
    std::string name = fmt::format("{}/pymes-{}.XXXXXX", dir && *dir ? dir : "/tmp", what);
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0)
        throw Error(Exit::cant_create,
                    trf("cannot create a temporary file in {}: {}", dir && *dir ? dir : "/tmp",
                        system_error_text(errno)),
                    tr("set TMPDIR to a writable folder"));
    ::close(fd);
    path_ = name;
}

TemporaryFile::~TemporaryFile() { ::unlink(path_.c_str()); }

void TemporaryFile::copy_to(std::ostream& out) const {
    const int fd = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error(Exit::io, trf("cannot read {}: {}", path_, system_error_text(errno)));
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        out.write(buffer, n);
    }
    ::close(fd);
}

std::string TemporaryFile::read() const {
    std::string bytes;
    const int fd = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error(Exit::io, trf("cannot read {}: {}", path_, system_error_text(errno)));
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        bytes.append(buffer, std::size_t(n));
    }
    ::close(fd);
    return bytes;
}

}  // namespace pymes
