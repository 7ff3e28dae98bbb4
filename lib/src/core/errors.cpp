#include "pymes/core/errors.hpp"

#include <SQLiteCpp/Exception.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <filesystem>
#include <new>

#include "pymes/core/i18n.hpp"

namespace pymes {

namespace {

Error from_sqlite(const SQLite::Exception& e) {
    const int extended = e.getExtendedErrorCode();
    switch (e.getErrorCode() & 0xff) {
        case SQLITE_BUSY:
            return Error(Exit::temp_fail,
                         tr("the registry stayed locked by another process past the busy timeout; "
                            "nothing was written"),
                         tr("try again later, or raise busy_timeout_ms in the config"));
        case SQLITE_FULL:
            return Error(Exit::io, tr("the disk is full; nothing was written"),
                         tr("free some space and run the command again"));
        case SQLITE_IOERR:
            return Error(Exit::io, tr("input/output error on the registry; nothing was written"),
                         tr("check the disk, then run `pymes db check`"));
        case SQLITE_NOMEM:
            return Error(Exit::software, tr("out of memory; nothing was written"));
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return Error(Exit::data, tr("the registry file is damaged"),
                         tr("run `pymes db check`, and restore the latest backup if it fails"));
        case SQLITE_READONLY:
            return Error(Exit::cant_create,
                         tr("the registry cannot be written (read-only file or folder)"),
                         tr("check the permissions of the registry and of its folder"));
        case SQLITE_CANTOPEN:
            return Error(Exit::no_input, tr("the registry cannot be opened"),
                         tr("check that the file and its folder exist and are readable"));
        case SQLITE_CONSTRAINT: {
            const char* rule =
                extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY
                    ? tr("a value that must be unique is already in use")
                : extended == SQLITE_CONSTRAINT_FOREIGNKEY
                    ? tr("a record refers to another that does not exist, or is still "
                         "referred to")
                : extended == SQLITE_CONSTRAINT_NOTNULL
                    ? tr("a required value is missing")
                    : tr("a value breaks a rule of the registry");
            return Error(Exit::data, trf("the registry refused the change: {}", rule));
        }
        default:
            return Error(Exit::software,
                         trf("internal error in the registry (SQLite code {}: {})", extended,
                             e.getErrorStr()),
                         tr("please report this, with the command you ran"));
    }
}

}  // namespace

Error classify(const std::exception& e) {
    if (auto* error = dynamic_cast<const Error*>(&e)) return *error;
    if (auto* sql = dynamic_cast<const SQLite::Exception*>(&e)) return from_sqlite(*sql);
    if (dynamic_cast<const std::bad_alloc*>(&e)) return Error(Exit::software, tr("out of memory"));
    if (auto* fs = dynamic_cast<const std::filesystem::filesystem_error*>(&e)) {
        const std::error_code& code = fs->code();
        return Error(Exit::io, fmt::format("{}: {}", fs->path1().string(),
                                           code.category() == std::generic_category() ||
                                                   code.category() == std::system_category()
                                               ? system_error_text(code.value())
                                               : code.message()));
    }
    return Error(Exit::software, trf("internal error: {}", e.what()),
                 tr("please report this, with the command you ran"));
}

}  // namespace pymes
