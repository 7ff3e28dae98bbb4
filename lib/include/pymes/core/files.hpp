#pragma once
/// Every file pymes creates besides the registry's own journal: written aside and then put in
/// place in one step, so that nobody ever sees half a file, a process killed mid-way leaves
/// nothing behind, and nothing at a predictable temporary name is ever followed or reused.

#include <sys/types.h>

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace pymes {

/// Creates `path` holding `bytes`, with exactly `mode`. Never replaces anything (a file, a
/// symlink, anything at `path`: 73). Built as an unnamed file (O_TMPFILE) and linked into place;
/// on a file system without O_TMPFILE, in a temporary made with O_EXCL under an unpredictable
/// name. `what` names the file in errors ("the backup").
void create_file(const std::string& path, std::string_view bytes, mode_t mode,
                 std::string_view what);

/// The same for a file that `fill` writes itself at the path it is given (SQLite's online
/// backup, which writes only to a path): a temporary made with O_EXCL under an unpredictable
/// name beside `path` (`.pymes-partial.XXXXXX`, mode 0600, locked with flock while in use),
/// synced, given `mode`, linked into place (never over anything: 73) and removed. If `fill`
/// throws, the temporary is removed; one left by a process killed mid-way is removed by the next
/// call in that folder.
void create_file_with(const std::string& path, mode_t mode, std::string_view what,
                      const std::function<void(const std::string& temp)>& fill);

/// Writes `bytes` to `path`, replacing a regular file that is there (keeping its mode; a new
/// file gets 0666 less the umask). The text goes to a temporary made with O_EXCL under an
/// unpredictable name in the same folder, then is renamed over `path`. Refuses (73) to replace
/// what is not a regular file (a folder, a FIFO, a device, a symlink to one), and `protect`
/// when it is non-empty and names the same file (the registry), or its -wal, -shm or -journal.
void replace_file(const std::string& path, std::string_view bytes, const std::string& protect = {});
/// The same, with the bytes of the file `from`, copied a chunk at a time (a large export).
void replace_file_from(const std::string& path, const std::string& from,
                       const std::string& protect = {});

/// A file of its own in the temporary folder ($TMPDIR, else /tmp), removed when this goes:
/// where libxlsxwriter, which writes only to a path, builds a workbook.
class TemporaryFile {
  public:
    explicit TemporaryFile(std::string_view what);
    ~TemporaryFile();
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    const std::string& path() const { return path_; }
    /// Its bytes.
    std::string read() const;
    /// Its bytes to `out`, a chunk at a time.
    void copy_to(std::ostream& out) const;

  private:
    std::string path_;
};

}  // namespace pymes
