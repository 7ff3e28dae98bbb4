// `pymes publish DIR`: reads the registry once, makes every page and file in memory, then
// writes them into a new folder beside DIR and swaps it in with one rename.
#include "report/publish_site.hpp"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/entities/as_of.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/io/iati.hpp"
#include "pymes/io/ics.hpp"
#include "pymes/io/transfer.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"

namespace fs = std::filesystem;

namespace pymes {

namespace {

/// The list of the files a publication wrote, one relative path a line, kept in its folder: the
/// next run replaces or removes only those, and keeps every other file (a CNAME, uploads/).
/// Its presence (or an empty folder) is also what lets a folder be published into, so that
/// `pymes publish ~` cannot swap a home folder away.
constexpr const char* kManifest = ".pymes-manifest";
/// What publications before the manifest left (they replaced the folder whole).
constexpr const char* kLegacyMarker = ".pymes-site";
/// Working folders of earlier runs older than this are removed even if their pid is alive
/// (it may have been reused): no publication takes a day.
constexpr auto kStaleAge = std::chrono::hours(24);

publish::Data read_data(Registry& registry, const PublishOptions& options) {
    publish::Data d;
    d.options = options;
    SQLite::Statement q(db_of(registry),
                        "SELECT title, signed_on, signed_in FROM agreement WHERE id = 1");
    if (q.executeStep()) {
        d.agreement_title = q.getColumn(0).getString();
        d.signed_on = q.getColumn(1).getString();
        d.signed_in = q.getColumn(2).getString();
    }
    d.title = options.title.empty() ? d.agreement_title : options.title;
    InstitutionFilter f;
    f.as_of = options.as_of;
    for (const auto& s : list_institutions(registry, f)) {
        InstitutionDetail detail = show_institution(registry, s.code());
        detail.current = s;  // the status as of the day asked
        std::erase_if(detail.events,
                      [&](const MembershipEvent& e) { return e.date > options.as_of.iso(); });
        d.institutions.push_back(std::move(detail));
    }
    std::sort(d.institutions.begin(), d.institutions.end(),
              [](const auto& a, const auto& b) { return a.current.code() < b.current.code(); });
    d.activities = query_records(registry, activity_spec(), Query());
    d.meetings = query_records(registry, meeting_spec(), Query());
    d.projects = query_records(registry, project_spec(), Query());
    return d;
}

void add_calendars(publish::Site& site, Registry& registry, const publish::Data& d) {
    std::ostringstream all;
    write_ics(all, registry, d.meetings);
    site["meetings/all.ics"] = all.str();
    for (const auto& m : d.meetings) {
        std::ostringstream one;
        write_ics(one, registry, {m});
        site["meetings/" + std::to_string(m.id()) + ".ics"] = one.str();
    }
}

/// The exit status for a failed write: a full disk or a failing device is an I/O error (74),
/// anything else (permissions, a read-only file system, a missing folder) cannot create (73).
Exit exit_for(int err) {
    switch (err) {
        case ENOSPC:
        case EDQUOT:
        case EIO:
        case EFBIG:
            return Exit::io;
        default:
            return Exit::cant_create;
    }
}

/// `message` is a whole sentence marked N_(), such as "cannot write {}: {}" (path, reason).
[[noreturn]] void cannot(const char* message, const fs::path& path, int err) {
    throw Error(exit_for(err), trf(message, path.string(), system_error_text(err)));
}

void write_all(const fs::path& folder, const publish::Site& site) {
    for (const auto& [relative, bytes] : site) {
        const fs::path path = folder / relative;
        std::error_code ec;
        fs::create_directories(path.parent_path(), ec);
        if (ec) cannot(N_("cannot create {}: {}"), path.parent_path(), ec.value());
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0) cannot(N_("cannot create {}: {}"), path, errno);
        std::size_t done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
            if (n < 0) {
                const int e = errno;
                ::close(fd);
                cannot(N_("cannot write {}: {}"), path, e);
            }
            done += static_cast<std::size_t>(n);
        }
        if (::close(fd) != 0) cannot(N_("cannot write {}: {}"), path, errno);
    }
}

/// What the folder to publish into holds from before.
struct Previous {
    bool exists = false;          ///< the folder exists (a site, or empty)
    bool legacy = false;          ///< a site of a pymes before the manifest: `.pymes-site`, no list
    std::set<std::string> wrote;  ///< the files the previous run listed in its manifest
};

/// A manifest line names a file pymes may have written: relative, no "..", no empty part. Any
/// other line (an edit by hand) names nothing, so that file is kept.
bool manifest_path(const std::string& line) {
    if (line.empty() || line[0] == '#' || line[0] == '/') return false;
    for (const auto& part : fs::path(line))
        if (part.empty() || part == "." || part == "..") return false;
    return line.find('\0') == std::string::npos;
}

/// A folder `dir` may be published into: a site pymes published before, an empty folder, or
/// none yet.
Previous check_target(const fs::path& dir) {
    Previous prev;
    std::error_code ec;
    const auto st = fs::symlink_status(dir, ec);
    if (ec || st.type() == fs::file_type::not_found) return prev;
    if (st.type() != fs::file_type::directory)
        throw Error(Exit::cant_create, trf("{} exists and is not a folder", dir.string()),
                    tr("name a new folder, or one that pymes published before"));
    prev.exists = true;
    if (fs::is_regular_file(fs::symlink_status(dir / kManifest, ec))) {
        std::ifstream in(dir / kManifest);
        for (std::string line; std::getline(in, line);)
            if (manifest_path(line)) prev.wrote.insert(line);
    } else if (fs::exists(fs::symlink_status(dir / kLegacyMarker, ec))) {
        prev.legacy = true;
    } else if (!fs::is_empty(dir, ec)) {
        throw Error(
            Exit::cant_create,
            trf("{} holds files that pymes did not publish; it was left untouched", dir.string()),
            tr("publish into a new or empty folder; pymes replaces only its own"));
    }
    return prev;
}

/// True when `inner` is `outer` or lies inside it (both absolute and normal).
bool inside(const fs::path& inner, const fs::path& outer) {
    auto i = inner.begin();
    for (auto o = outer.begin(); o != outer.end(); ++o, ++i) {
        if (o->empty()) continue;  // a trailing separator
        if (i == inner.end() || *i != *o) return false;
    }
    return true;
}

[[noreturn]] void registry_inside(const std::string& registry, const fs::path& dir) {
    throw Error(
        Exit::cant_create,
        trf("the registry {} lies inside {}; nothing was published", registry, dir.string()),
        tr("publish into a folder that does not hold the registry: a web server would serve it"));
}

/// The registry and its journals (-wal, -shm, -journal): their paths, and the files that exist.
struct RegistryFiles {
    std::vector<fs::path> paths;
    std::set<std::pair<dev_t, ino_t>> ids;
};

RegistryFiles registry_files(const std::string& path) {
    RegistryFiles r;
    std::error_code ec;
    // SQLite follows a symbolic link to the registry and keeps its journals beside the target.
    const fs::path real = fs::weakly_canonical(fs::absolute(path, ec), ec);
    if (ec) return r;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const fs::path p = real.string() + suffix;
        r.paths.push_back(p);
        struct stat st {};
        if (::stat(p.c_str(), &st) == 0) r.ids.insert({st.st_dev, st.st_ino});
    }
    return r;
}

/// What the new folder takes over from the old one before the swap: the user's folders and
/// files (hard links: the old folder is removed after the swap), in the order to make them.
struct Keep {
    std::string relative;
    bool folder = false;
    mode_t mode = 0755;
};

/// Walks the old site: every entry that the previous run did not write is kept. Refuses (before
/// anything is written) the registry found inside, a file of the user's where the new run
/// writes one, and a folder whose entries could not be removed after the swap.
/// Returns whether `relative` (a folder) keeps anything.
bool plan_keep(const fs::path& old_root, const std::string& relative, const Previous& prev,
               const publish::Site& site, const RegistryFiles& registry, const fs::path& dir,
               std::vector<Keep>& keep) {
    const fs::path folder = relative.empty() ? old_root : old_root / relative;
    if (::access(folder.c_str(), W_OK | X_OK) != 0)
        cannot(N_("cannot replace {}: {}"), folder, errno);
    bool kept = false;
    std::error_code ec;
    std::vector<fs::directory_entry> entries;
    for (const auto& e : fs::directory_iterator(folder, ec)) entries.push_back(e);
    if (ec) cannot(N_("cannot replace {}: {}"), folder, ec.value());
    std::sort(entries.begin(), entries.end());
    const auto writes_under = [&](const std::string& r) {
        const auto it = site.lower_bound(r + "/");
        return it != site.end() && it->first.compare(0, r.size() + 1, r + "/") == 0;
    };
    for (const auto& e : entries) {
        const std::string name = e.path().filename().string();
        const std::string r = relative.empty() ? name : relative + "/" + name;
        if (relative.empty() && (name == kManifest || name == kLegacyMarker)) continue;
        struct stat st {};
        if (::lstat(e.path().c_str(), &st) != 0) continue;  // gone meanwhile
        if (registry.ids.count({st.st_dev, st.st_ino})) registry_inside(e.path().string(), dir);
        const bool conflict = site.count(r) != 0;
        if (S_ISDIR(st.st_mode)) {
            const std::size_t at = keep.size();
            const bool holds = plan_keep(old_root, r, prev, site, registry, dir, keep);
            const bool pymes_folder = writes_under(r) || [&] {
                const auto it = prev.wrote.lower_bound(r + "/");
                return it != prev.wrote.end() && it->compare(0, r.size() + 1, r + "/") == 0;
            }();
            if (holds || !pymes_folder) {
                if (conflict)
                    throw Error(Exit::cant_create,
                                trf("{} holds {}, which pymes did not write; nothing was "
                                    "published",
                                    dir.string(), r),
                                tr("move it away, or publish into another folder"));
                keep.insert(keep.begin() + static_cast<std::ptrdiff_t>(at),
                            Keep{r, true, static_cast<mode_t>(st.st_mode & 07777)});
                kept = true;
            }
            continue;
        }
        if (prev.wrote.count(r) || (prev.legacy && conflict)) continue;  // pymes wrote it
        if (conflict || writes_under(r))
            throw Error(Exit::cant_create,
                        trf("{} holds {}, which pymes did not write; nothing was published",
                            dir.string(), r),
                        tr("move it away, or publish into another folder"));
        keep.push_back(Keep{r, false, 0});
        kept = true;
    }
    return kept;
}

/// Puts the kept folders and files into the new site: folders made anew, files hard-linked
/// (copied when a link is not allowed, e.g. another user's file).
void carry_over(const fs::path& old_root, const fs::path& fresh, const std::vector<Keep>& keep) {
    for (const auto& k : keep) {
        const fs::path from = old_root / k.relative, to = fresh / k.relative;
        if (k.folder) {
            if (::mkdir(to.c_str(), k.mode) != 0 && errno != EEXIST)
                cannot(N_("cannot create {}: {}"), to, errno);
            continue;
        }
        if (::link(from.c_str(), to.c_str()) == 0) continue;
        const int e = errno;
        if (e == ENOENT) continue;  // removed meanwhile
        std::error_code ec;
        if (e == EPERM || e == EMLINK || e == EXDEV) {
            if (fs::is_symlink(fs::symlink_status(from, ec)) || fs::is_regular_file(from, ec)) {
                fs::copy(from, to, fs::copy_options::copy_symlinks, ec);
                if (!ec) continue;
                cannot(N_("cannot create {}: {}"), to, ec.value());
            }
        }
        cannot(N_("cannot create {}: {}"), to, e);
    }
}

/// Removes the working folders that earlier runs left beside `dir` (killed before they could):
/// only names this code makes (`.NAME.new-PID-XXXXXX`, or `.NAME.new-XXXXXX` of a pymes before
/// the pid), only folders this user owns, and only when their process is gone or they are old.
void remove_stale_work(const fs::path& parent, const std::string& name) {
    const std::string prefix = "." + name + ".new-";
    const auto now = fs::file_time_type::clock::now();
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(parent, ec)) {
        const std::string n = e.path().filename().string();
        if (n.size() < prefix.size() + 6 || n.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string rest = n.substr(prefix.size());
        const auto alnum = [](const std::string& s) {
            return std::all_of(s.begin(), s.end(),
                               [](unsigned char c) { return std::isalnum(c) != 0; });
        };
        const std::size_t dash = rest.find('-');
        long pid = 0;
        if (dash == std::string::npos) {
            if (rest.size() != 6 || !alnum(rest)) continue;
        } else {
            const std::string digits = rest.substr(0, dash), tail = rest.substr(dash + 1);
            if (digits.empty() || digits.size() > 9 || tail.size() != 6 || !alnum(tail) ||
                !std::all_of(digits.begin(), digits.end(),
                             [](unsigned char c) { return std::isdigit(c) != 0; }))
                continue;
            pid = std::stol(digits);
        }
        struct stat st {};
        if (::lstat(e.path().c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid())
            continue;
        std::error_code tec;
        const auto modified = fs::last_write_time(e.path(), tec);
        const bool old = !tec && now - modified > kStaleAge;
        const bool gone = pid > 0 && pid != ::getpid() && ::kill(static_cast<pid_t>(pid), 0) != 0 &&
                          errno == ESRCH;
        if (old || gone) fs::remove_all(e.path(), tec);
    }
}

}  // namespace

PublishResult publish_site(Registry& registry, const std::string& dir_arg,
                           const PublishOptions& options) {
    fs::path dir = fs::path(dir_arg).lexically_normal();
    if (dir.filename().empty()) dir = dir.parent_path();
    const RegistryFiles registry_at = registry_files(registry.path());
    {
        std::error_code ec;
        const fs::path where = fs::weakly_canonical(fs::absolute(dir, ec), ec);
        if (!ec)
            for (const auto& p : registry_at.paths)
                if (inside(p, where)) registry_inside(registry.path(), dir);
    }
    const Previous prev = check_target(dir);

    // Every page as the registry held it at the end of the day asked (SPEC §2): records recorded
    // later are absent, statuses and names as they stood.
    AsOf view(registry, options.as_of);
    const publish::Data d = read_data(registry, options);
    publish::Site site;
    bool iati_skipped = false;
    publish::add_pages(site, d);
    publish::add_records(site, d);
    publish::add_weeks(site, registry, d);
    publish::add_annual(site, registry, d);
    add_calendars(site, registry, d);
    if (!options.iati_reporting_org.empty()) {
        IatiOptions iati;
        iati.reporting_org = options.iati_reporting_org;
        iati.org_type = options.iati_org_type;
        iati.reporting_name = d.title;
        iati.vocabulary_uri =
            options.homepage.empty() ? "urn:pymes:areas" : options.homepage + "#areas";
        iati.language = options.data_language;
        iati.today = options.as_of.iso();
        std::ostringstream xml;
        // The schema requires one iati-activity at least: with none, no file (and no link).
        if (write_iati(xml, registry, d.activities, d.projects, iati) > 0)
            site["iati-activities.xml"] = xml.str();
        else
            iati_skipped = true;
    }
    publish::add_open_data(site, registry, d, options.license);
    // For whoever opens the folder, in the site's language; every line a comment (`#`), so
    // that no line of it names a file.
    std::string manifest;
    std::istringstream note(
        tr("The files `pymes publish` wrote here. The next publication replaces or removes only\n"
           "these, and keeps every other file of this folder."));
    for (std::string line; std::getline(note, line);) manifest += "# " + line + "\n";
    for (const auto& [path, bytes] : site) manifest += path + "\n";
    site[kManifest] = std::move(manifest);

    std::vector<Keep> keep;
    if (prev.exists) plan_keep(dir, "", prev, site, registry_at, dir, keep);

    // Built beside the target (same file system, so the swap is a rename), never half-seen.
    const fs::path parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
    std::error_code ec;
    fs::create_directories(parent, ec);
    remove_stale_work(parent, dir.filename().string());
    std::string pattern = (parent / ("." + dir.filename().string() + ".new-" +
                                     std::to_string(::getpid()) + "-XXXXXX"))
                              .string();
    if (!::mkdtemp(pattern.data())) cannot(N_("cannot create a folder beside {}: {}"), dir, errno);
    const fs::path fresh = pattern;
    try {
        ::chmod(fresh.c_str(), 0755);
        write_all(fresh, site);
        carry_over(dir, fresh, keep);
        if (prev.exists) {
            // One atomic exchange: the server sees the old site, then the new one.
            if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, dir.c_str(), RENAME_EXCHANGE) != 0)
                cannot(N_("cannot replace {}: {}"), dir, errno);
        } else if (::rename(fresh.c_str(), dir.c_str()) != 0) {
            cannot(N_("cannot create {}: {}"), dir, errno);
        }
    } catch (...) {
        fs::remove_all(fresh, ec);
        throw;
    }
    fs::remove_all(fresh, ec);  // after an exchange: the old site (the kept files are linked)
    PublishResult r;
    r.files = site.size();
    r.iati_skipped = iati_skipped;
    for (const auto& [path, bytes] : site)
        if (path.rfind("weeks/", 0) == 0 && path != "weeks/index.html") ++r.weeks;
    return r;
}

}  // namespace pymes
