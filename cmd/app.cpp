// The command line: builds the CLI11 tree from one list of command groups, parses, runs the
// chosen command, and maps every error to its exit code (SPEC §7) in this one place.

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "context.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/format_names.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"
#include "pymes/core/version.hpp"
#include "record_options.hpp"

namespace pymes::cli {

namespace {

using Register = void (*)(CLI::App&, Context&);
struct Group {
    std::string_view name;  ///< the subcommand its function adds
    Register add;
};
// One group a line, so that a new command is a one-line change (clang-format would pack them).
// clang-format off
constexpr Group kCommandGroups[] = {
    {"init", register_init},
    {"institution", register_institution},
    {"accede", register_accede},
    {"membership", register_membership},
    {"activity", register_activity},
    {"meeting", register_meeting},
    {"project", register_project},
    {"search", register_search},
    {"digest", register_digest},
    {"report", register_report},
    {"publish", register_publish},
    {"log", register_log},
    {"db", register_db},
    {"config", register_config},
    {"completion", register_completion},
};
// clang-format on

/// The groups a command line can reach. Building every group's options costs about a
/// millisecond, as much as a whole `sqlite3` query, and a command uses one group: only the
/// groups named on the line are built (help, wherever on the line, is the named group's). All
/// of them are for a line that names none (help lists them all) and for completion (it walks
/// them all).
std::vector<const Group*> groups_for(int argc, const char* const* argv) {
    std::vector<const Group*> named;
    for (int i = 1; i < argc; ++i)
        for (const Group& g : kCommandGroups)
            if (argv[i] == g.name && std::find(named.begin(), named.end(), &g) == named.end())
                named.push_back(&g);
    const bool completion = std::any_of(named.begin(), named.end(),
                                        [](const Group* g) { return g->name == "completion"; });
    if (named.empty() || completion) {
        named.clear();
        for (const Group& g : kCommandGroups) named.push_back(&g);
    }
    return named;
}

void print_error(std::ostream& err, const std::string& message, const std::string& hint) {
    // A message may quote what was typed or read (a file name with a line break): never a raw
    // control character to the terminal, and never a line of its own (a forged "pymes: hint:").
    err << "pymes: error: " << text::visible(message, text::Lines::one) << '\n';
    if (!hint.empty()) err << "pymes: hint: " << text::visible(hint, text::Lines::one) << '\n';
}

/// The deepest subcommand given on the command line.
CLI::App* leaf(CLI::App* app) {
    while (true) {
        auto subs = app->get_subcommands();
        if (subs.empty()) return app;
        app = subs.front();
    }
}

std::string command_path(CLI::App* app) {
    std::string path;
    for (CLI::App* a = app; a && a->get_parent(); a = a->get_parent())
        path = a->get_name() + (path.empty() ? "" : " " + path);
    return "pymes" + (path.empty() ? "" : " " + path);
}

/// Commands whose output is a list of rows, where --columns applies.
bool prints_list(CLI::App* command) {
    const std::string& name = command->get_name();
    return name == "list" || name == "search" || name == "log";
}

/// For a word CLI11 did not expect where `at` takes a subcommand: the word and the
/// subcommand it is closest to ("lst" -> "list").
std::optional<std::pair<std::string, std::string>> mistyped_command(CLI::App* at, int argc,
                                                                    const char* const* argv) {
    std::vector<std::string> names;
    for (const CLI::App* sub : at->get_subcommands({})) names.push_back(sub->get_name());
    if (names.empty()) return std::nullopt;
    // The first word after the command path that is neither an option nor a known command.
    for (int i = 1; i < argc; ++i) {
        std::string word = argv[i];
        if (word.empty() || word[0] == '-') continue;
        if (std::find(names.begin(), names.end(), word) != names.end()) return std::nullopt;
        bool on_path = false;
        for (CLI::App* a = at; a && a->get_parent(); a = a->get_parent())
            on_path = on_path || a->get_name() == word;
        if (on_path) continue;
        if (const std::string near = text::closest(word, names); !near.empty())
            return std::pair(word, near);
        return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err, Environment env,
        Terminal terminal) {
    // The language first: every help text below is translated as it is added.
    auto [language, language_origin] = choose_language(argc, argv, env);
    Context ctx(out, err, std::move(env), terminal);
    ctx.language = language;
    ctx.language_origin = std::move(language_origin);
    CLI::App app{tr("pymes keeps the registry of the Acuerdo Marco de Cooperación "
                    "Interinstitucional (Arequipa, 1996): its parties, their activities, "
                    "coordination meetings and joint projects."),
                 "pymes"};
    app.set_help_flag("-h,--help", tr("Print this help message and exit"));
    ctx.root = &app;
    app.fallthrough();  // global options are accepted after the command too
    app.option_defaults()->always_capture_default(false);
    // An empty path names no file: it must not fall back to the default registry or config.
    const CLI::Validator named_file(
        [](std::string& v) {
            return v.empty() ? std::string(tr("an empty path names no file")) : std::string();
        },
        "PATH");
    app.add_option("-R,--registry", ctx.global.registry,
                   tr("Registry file (default: $PYMES_REGISTRY, the config's `registry`, "
                      "~/.local/share/pymes/registry.db)"))
        ->check(named_file);
    app.add_option("-c,--config", ctx.global.config,
                   tr("Config file (default: $PYMES_CONFIG, ~/.config/pymes/config.toml)"))
        ->check(named_file);
    app.add_option("-f,--format", ctx.global.format,
                   // TRANSLATORS: {} is the list of formats ("table (tabla), csv o json").
                   trf("Output format: {}", values_or_list(format_names(kFormatNames))));
    app.add_flag("--no-config", ctx.global.no_config, tr("Ignore every config file (for scripts)"));
    app.add_option(
           "--color", ctx.global.color,
           // TRANSLATORS: {} is the list of choices ("auto, always (siempre) o never (nunca)").
           trf("Colour: {} (NO_COLOR is honoured)", values_or_list(format_names(kColorNames))))
        ->check(CLI::IsMember(format_names(kColorNames)));
    app.add_flag("-q,--quiet", ctx.global.quiet, tr("Print no informational messages"));
    app.add_option("--today", ctx.global.today,
                   tr("Take this day as today (YYYY-MM-DD; default: $PYMES_TODAY, else the date "
                      "in the config's timezone)"));
    std::vector<std::string> codes;
    for (Language l : kLanguages) codes.emplace_back(language_code(l));
    app.add_option("--language", ctx.global.language,
                   trf("Language of help, messages, tables and the digest: {} (default: the "
                       "config's `language`, else $LANGUAGE, $LC_ALL, $LC_MESSAGES, $LANG, else "
                       "es)",
                       or_list(codes)))
        ->check(CLI::IsMember(codes));
    app.add_option("--columns", ctx.global.columns,
                   tr("The columns of a list, in this order (comma-separated, such as "
                      "id,title,start_on)"))
        ->delimiter(',');
    app.add_flag("--version", ctx.global.version, tr("Print the version and exit"));
    // TRANSLATORS: the man pages stay in English; say so here.
    app.footer(tr("Run `pymes COMMAND --help` for a command's options, or `man pymes`."));
    set_help_formatter(app);  // before the groups: a subcommand copies its parent's formatter
    for (const Group* g : groups_for(argc, argv)) g->add(app, ctx);
    translate_groups(app);

    CLI::App* chosen = nullptr;
    try {
        try {
            app.parse(argc, argv);
        } catch (const CLI::CallForHelp& e) {
            return app.exit(e, out, err);
        } catch (const CLI::CallForAllHelp& e) {
            return app.exit(e, out, err);
        } catch (const CLI::ParseError& e) {
            CLI::App* at = leaf(&app);
            // Validators say "must be ..." of the option CLI11 names before them: one sentence.
            std::string message = translate_parse_error(e.what());
            if (auto at_must = message.find(": must be "); at_must != std::string::npos)
                message.erase(at_must, 1);
            std::string hint = trf("see `{} --help`", command_path(at));
            if (auto near = mistyped_command(at, argc, argv)) {
                message = trf("{} has no command {}", command_path(at), near->first);
                hint = trf("did you mean `{} {}`?", command_path(at), near->second);
            }
            print_error(err, message, hint);
            return int(Exit::usage);
        }
        if (ctx.global.version) {
            out << trf("pymes {} (registry schema {})", kVersion, program_schema_version()) << '\n';
            return 0;
        }
        chosen = leaf(&app);
        auto* handler = ctx.handler_for(chosen);
        if (!ctx.global.columns.empty() && handler && !prints_list(chosen))
            throw UsageError(trf("--columns chooses the columns of a list; `{}` prints none",
                                 command_path(chosen)),
                             tr("use it with `list`, `search` or `log`"));
        if (!handler) {
            print_error(err,
                        chosen == &app ? std::string(tr("no command given"))
                                       : trf("`{}` needs a subcommand", command_path(chosen)),
                        trf("see `{} --help`", command_path(chosen)));
            return int(Exit::usage);
        }
        (*handler)();
        out.flush();
        if (!out) {
            // A script that sees 74 would run the command again: say what is already written.
            if (const std::string written = ctx.written(); !written.empty()) {
                print_error(err, trf("cannot write the output; {} was written", written),
                            tr("do not run the command again; `pymes log` shows what it wrote"));
            } else {
                print_error(err, tr("cannot write the output"), "");
            }
            return int(Exit::io);
        }
        return 0;
    } catch (const std::exception& e) {
        const Error error = classify(e);
        print_error(err, error.what(), error.hint());
        return int(error.code());
    }
}

}  // namespace pymes::cli
