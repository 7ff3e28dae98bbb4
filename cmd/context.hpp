#pragma once
// What every command needs: the injected streams, the global options, the configuration and
// the registry (both loaded on first use), and the one place that renders in the chosen format.

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "pymes/core/config.hpp"
#include "pymes/core/language.hpp"
#include "pymes/report/render.hpp"
#include "pymes/store/registry.hpp"

// CLI11 (81k lines) only where a command line is built: the files that add commands and
// options include <CLI/CLI.hpp> (record_options.hpp, transfer.hpp, validators.hpp bring it).
namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace pymes::cli {

struct GlobalOptions {
    std::string registry, config, format, color, today, language;
    std::vector<std::string> columns;  ///< --columns: the columns of a list, in this order
    bool no_config = false;
    bool quiet = false;
    bool version = false;
};

struct Terminal {
    bool out_is_tty = false;
    bool err_is_tty = false;  ///< a progress line may be drawn on stderr
    std::size_t width = 0;
};

class Context {
  public:
    Context(std::ostream& out, std::ostream& err, Environment env, Terminal terminal);

    std::ostream& out;
    std::ostream& err;
    GlobalOptions global;
    CLI::App* root = nullptr;
    /// The interface language, chosen before the command line is built (choose_language), and
    /// where it came from ("--language", the config's file:line, "$LANG"..., or "default").
    Language language = Language::es;
    std::string language_origin = "default";

    /// Registers what a leaf subcommand runs once the whole command line has been parsed.
    void on(CLI::App* command, std::function<void()> handler);
    /// The handler of the deepest subcommand that was given, or nullptr.
    std::function<void()>* handler_for(CLI::App* command);

    const Config& config();
    /// The time zone of a meeting time given without one, and of "today": the config's
    /// `timezone`, else the system's ($TZ, else /etc/localtime), else UTC; with where it came from.
    std::pair<std::string, std::string> timezone();
    /// The clock of this run: `--today`, else $PYMES_TODAY, else the real clock in the
    /// config's time zone.
    const Clock& clock();
    Registry& registry(MigratePolicy policy = MigratePolicy::automatic);
    /// The registry opened for reading only (`db check`): nothing written, not even a migration.
    Registry& registry_for_reading();
    const Environment& env() const { return env_; }
    bool err_is_tty() const { return terminal_.err_is_tty; }
    bool out_is_tty() const { return terminal_.out_is_tty; }

    /// -f/--format, else the config's `format`; one of table, csv, json.
    Format format();
    TableStyle table_style();
    bool color();
    /// Standard output is a terminal (a workbook is refused there).
    bool out_is_terminal() const { return terminal_.out_is_tty; }

    /// A list in the chosen format (human tables leave out columns that are empty in every row).
    void print(const Table& table);
    /// One record in the chosen format.
    void print_record(const Table& one_row);
    /// One record and its sections (an institution's membership log, a meeting's attendees).
    void print_detail(const Table& one_row, const std::vector<Section>& sections);

    /// Names the record being printed ("activity 12"): if its output then cannot be written,
    /// the error says that this record was written, so that a script does not add it again.
    void printing(std::string record) { printing_ = std::move(record); }
    /// What the run wrote to the registry and could not print ("activity 12"), or empty when it
    /// wrote nothing.
    std::string written() const;

    void warn(const std::string& message);
    void info(const std::string& message);  ///< suppressed by -q

  private:
    Environment env_;
    Terminal terminal_;
    std::optional<Config> config_;
    std::optional<Clock> clock_;
    std::optional<Registry> registry_;
    std::map<CLI::App*, std::function<void()>> handlers_;
    std::string printing_;
    std::int64_t changes_at_open_ = 0;  ///< a migration on open is not the command's write
};

/// An option that may be absent: bound to a string, present when given on the command line.
struct OptionalText {
    std::string value;
    CLI::Option* option = nullptr;
    std::optional<std::string> get() const;
};

/// Chooses the interface language of this run and makes it the process's: --language, else the
/// config's `language`, else the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else Spanish.
/// Returns it with where it came from (Context::language_origin).
std::pair<Language, std::string> choose_language(int argc, const char* const* argv,
                                                 const Environment& env);

/// Gives `app` (and the subcommands added after) help pages with CLI11's labels translated.
void set_help_formatter(CLI::App& app);
/// Translates the name of every option group and subcommand group of `app`'s tree.
void translate_groups(CLI::App& app);
/// A CLI11 parse error's message in the interface language (the message itself when unknown).
std::string translate_parse_error(const std::string& message);

/// Runs the command line; returns the exit code. Everything is written to `out` and `err`.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err, Environment env,
        Terminal terminal);

// One per command group, each in its own file.
void register_init(CLI::App& app, Context& ctx);
void register_institution(CLI::App& app, Context& ctx);
void register_accede(CLI::App& app, Context& ctx);
void register_membership(CLI::App& app, Context& ctx);
void register_log(CLI::App& app, Context& ctx);
void register_db(CLI::App& app, Context& ctx);
void register_config(CLI::App& app, Context& ctx);

}  // namespace pymes::cli
