// `pymes publish DIR`: reads the registry once, makes every page and file in memory, then
// writes them into a new folder beside DIR and swaps it in with one rename.
#include "report/publish_site.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "pymes/as_of.hpp"
#include "pymes/entities.hpp"
#include "pymes/errors.hpp"
#include "pymes/i18n.hpp"
#include "pymes/iati.hpp"
#include "pymes/ics.hpp"
#include "pymes/registry.hpp"
#include "pymes/transfer.hpp"
#include "store/db.hpp"

namespace fs = std::filesystem;

namespace pymes {

namespace {

/// The file an earlier publication leaves in its folder: only such a folder (or an empty one) is
/// replaced, so that `pymes publish ~` cannot swap a home folder away.
constexpr const char* kMarker = ".pymes-site";

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

/// `message` is a whole sentence marked N_(), such as "cannot write {}: {}" (path, reason).
[[noreturn]] void cannot(const char* message, const fs::path& path, int err) {
    throw Error(Exit::cant_create, trf(message, path.string(), std::strerror(err)));
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

/// A folder `dir` may be replaced by a publication: it is one already, or it is empty.
void check_target(const fs::path& dir) {
    std::error_code ec;
    const auto st = fs::symlink_status(dir, ec);
    if (ec || st.type() == fs::file_type::not_found) return;
    if (st.type() != fs::file_type::directory)
        throw Error(Exit::cant_create, trf("{} exists and is not a folder", dir.string()),
                    tr("name a new folder, or one that pymes published before"));
    if (!fs::exists(dir / kMarker) && !fs::is_empty(dir, ec))
        throw Error(
            Exit::cant_create,
            trf("{} holds files that pymes did not publish; it was left untouched", dir.string()),
            tr("publish into a new or empty folder; pymes replaces only its own"));
}

}  // namespace

PublishResult publish_site(Registry& registry, const std::string& dir_arg,
                           const PublishOptions& options) {
    fs::path dir = fs::path(dir_arg).lexically_normal();
    if (dir.filename().empty()) dir = dir.parent_path();
    check_target(dir);

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
        iati.language = options.language;
        std::ostringstream xml;
        // The schema requires one iati-activity at least: with none, no file (and no link).
        if (write_iati(xml, registry, d.activities, d.projects, iati) > 0)
            site["iati-activities.xml"] = xml.str();
        else
            iati_skipped = true;
    }
    publish::add_open_data(site, registry, d, options.license);
    site[kMarker] = "A site written by `pymes publish`; pymes replaces this folder whole.\n";

    // Built beside the target (same file system, so the swap is a rename), never half-seen.
    const fs::path parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
    std::error_code ec;
    fs::create_directories(parent, ec);
    std::string pattern = (parent / ("." + dir.filename().string() + ".new-XXXXXX")).string();
    if (!::mkdtemp(pattern.data())) cannot(N_("cannot create a folder beside {}: {}"), dir, errno);
    const fs::path fresh = pattern;
    try {
        ::chmod(fresh.c_str(), 0755);
        write_all(fresh, site);
        if (fs::exists(fs::symlink_status(dir, ec))) {
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
    fs::remove_all(fresh, ec);  // after an exchange: the old site
    PublishResult r;
    r.files = site.size();
    r.iati_skipped = iati_skipped;
    for (const auto& [path, bytes] : site)
        if (path.rfind("weeks/", 0) == 0 && path != "weeks/index.html") ++r.weeks;
    return r;
}

}  // namespace pymes
