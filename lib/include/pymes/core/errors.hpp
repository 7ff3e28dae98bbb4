#pragma once
/// Typed errors: the library never prints and never exits; it throws one of these, and the
/// command line maps the carried exit code (SPEC §7) in one place.

#include <stdexcept>
#include <string>

namespace pymes {

/// Exit codes of SPEC §7 (sysexits.h numbering).
enum class Exit : int {
    ok = 0,
    not_found = 1,     ///< the record a command is about does not exist; `db check` found problems
    usage = 64,        ///< unknown command or option, missing or malformed argument
    data = 65,         ///< bad data or a broken rule of the registry
    no_input = 66,     ///< an input file does not exist or cannot be read
    software = 70,     ///< internal error
    cant_create = 73,  ///< cannot create output
    io = 74,           ///< input/output error
    temp_fail = 75,    ///< the registry stayed locked past the busy timeout
    config = 78,       ///< bad configuration
};

/// An error a coordinator can act on: a message in their words, an optional hint, an exit code.
class Error : public std::runtime_error {
  public:
    Error(Exit code, std::string message, std::string hint = {})
        : std::runtime_error(std::move(message)), code_(code), hint_(std::move(hint)) {}
    Exit code() const noexcept { return code_; }
    const std::string& hint() const noexcept { return hint_; }

  private:
    Exit code_;
    std::string hint_;
};

/// The record a command is about does not exist (exit 1).
struct NotFound : Error {
    explicit NotFound(std::string m, std::string h = {})
        : Error(Exit::not_found, std::move(m), std::move(h)) {}
};
/// A malformed argument (exit 64).
struct UsageError : Error {
    explicit UsageError(std::string m, std::string h = {})
        : Error(Exit::usage, std::move(m), std::move(h)) {}
};
/// Bad data, or a rule of the registry broken (exit 65).
struct DataError : Error {
    explicit DataError(std::string m, std::string h = {})
        : Error(Exit::data, std::move(m), std::move(h)) {}
};
/// Bad configuration (exit 78).
struct ConfigError : Error {
    explicit ConfigError(std::string m, std::string h = {})
        : Error(Exit::config, std::move(m), std::move(h)) {}
};

/// Turns any exception escaping the library (SQLite's included) into an Error with a message
/// in the registry's words, never a bare SQLite message.
Error classify(const std::exception& e);

}  // namespace pymes
