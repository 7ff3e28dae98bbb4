#pragma once
// Options that set fields of an activity, meeting or project. Each option is checked by the
// library's own normalize(), so a malformed value on the command line is a usage error (64)
// with the same words an importer would use; references are checked when written (65).

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "context.hpp"
#include "pymes/entities/record.hpp"

namespace pymes::cli {

/// A CLI11 validator for one field of `spec` (dates also take today/yesterday, by ctx's clock).
CLI::Validator field_validator(const EntitySpec& spec, std::string_view field,
                               Context* ctx = nullptr);

class RecordOptions {
  public:
    RecordOptions(const EntitySpec& spec, Context& ctx) : spec_(spec), ctx_(ctx) {}
    /// `--flag VALUE` sets `field`.
    CLI::Option* add(CLI::App* cmd, const std::string& flags, std::string_view field,
                     const std::string& help);
    /// Repeatable `--flag VALUE`; the values together set the list `field`.
    CLI::Option* add_list(CLI::App* cmd, const std::string& flags, std::string_view field,
                          const std::string& help);
    /// `--on` sets the boolean `field` to true, `--off` (when given) to false.
    void add_switch(CLI::App* cmd, const std::string& on, const std::string& off,
                    std::string_view field, const std::string& help);
    /// The fields given on the command line.
    Patch patch() const;

  private:
    struct Single {
        std::string field;
        std::string value;
        CLI::Option* option;
    };
    struct List {
        std::string field;
        std::vector<std::string> values;
        CLI::Option* option;
    };
    struct Switch {
        std::string field;
        bool on = false, off = false;
    };
    const EntitySpec& spec_;
    Context& ctx_;
    std::vector<std::unique_ptr<Single>> singles_;
    std::vector<std::unique_ptr<List>> lists_;
    std::vector<std::unique_ptr<Switch>> switches_;
};

/// An option of `add` that `edit` spells as two (`--attendee` -> `--add-attendee`,
/// `--remove-attendee`): hidden from help; given, a usage error that points to them.
void point_to(CLI::App* cmd, const std::string& flag, const std::string& add,
              const std::string& remove);

/// `show ID`: every field of one record.
void add_show_command(CLI::App* group, Context& ctx, const EntitySpec& spec,
                      const std::string& help);
/// `remove ID`: deletes one record (the spec's check_remove may refuse).
void add_remove_command(CLI::App* group, Context& ctx, const EntitySpec& spec,
                        const std::string& help);

/// Prints one record of `spec` in the chosen format.
void print_one(Context& ctx, const Record& record);
/// Prints records of `spec` in the chosen format.
void print_many(Context& ctx, const EntitySpec& spec, const std::vector<Record>& records);

void register_activity(CLI::App& app, Context& ctx);
void register_meeting(CLI::App& app, Context& ctx);
void register_project(CLI::App& app, Context& ctx);
void register_search(CLI::App& app, Context& ctx);
void register_digest(CLI::App& app, Context& ctx);
void register_report(CLI::App& app, Context& ctx);
void register_publish(CLI::App& app, Context& ctx);
void register_completion(CLI::App& app, Context& ctx);

}  // namespace pymes::cli
