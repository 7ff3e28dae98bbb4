// CLI11's own words in the interface language: the labels of its help pages (through a
// Formatter) and the messages of the parse errors it throws, which pymes prints.
#include <fmt/args.h>

#include <CLI/CLI.hpp>
#include <regex>
#include <set>

#include "context.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"

namespace pymes::cli {

namespace {

/// CLI11's help with its labels translated; option and subcommand groups are translated where
/// they are named (they are msgids marked with N_).
class Help : public CLI::Formatter {
  public:
    Help() {
        label("Usage", tr("Usage"));
        label("OPTIONS", tr("OPTIONS"));
        label("SUBCOMMAND", tr("SUBCOMMAND"));
        label("SUBCOMMANDS", tr("SUBCOMMANDS"));
        label("Positionals", tr("Positionals"));
        label("REQUIRED", tr("REQUIRED"));
        label("Needs", tr("Needs"));
        label("Excludes", tr("Excludes"));
        label("Env", tr("Env"));
        // The type names CLI11 and pymes's validators show after an option.
        label("TEXT", tr("TEXT"));
        label("INT", tr("INT"));
        label("UINT", tr("UINT"));
        label("FLOAT", tr("FLOAT"));
        label("N", tr("N"));
        label("CODE", tr("CODE"));
        label("CC", tr("CC"));
        label("SCOPE", tr("SCOPE"));
        label("STATUS", tr("STATUS"));
        label("DATE", tr("DATE"));
        label("PATH", tr("PATH"));
        label("POSITIVE", tr("POSITIVE"));
        label("FILE", tr("FILE"));
        // The names of positional arguments (CODE, FILE and TEXT above): `institution rename
        // CODE NEW`, `publish DIR`.
        label("NEW", tr("NEW"));
        label("DIR", tr("DIR"));
    }

    /// A positional argument by its name in the reader's language (ARCHIVO, CÓDIGO), in the
    /// usage line and in the list of arguments.
    std::string make_option_name(const CLI::Option* opt, bool is_positional) const override {
        if (is_positional) return get_label(opt->get_name(true, false));
        return CLI::Formatter::make_option_name(opt, is_positional);
    }

    /// CLI11's, with the column measured in characters rather than bytes (OBRIGATÓRIO, CÓDIGO).
    std::string make_option(const CLI::Option* opt, bool is_positional) const override {
        const std::string name =
            "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
        const std::string description = make_option_desc(opt);
        const std::size_t width = get_column_width();
        const std::size_t shown = text::display_width(name);
        std::string out = name;
        if (!description.empty()) {
            out +=
                shown >= width ? "\n" + std::string(width, ' ') : std::string(width - shown, ' ');
            for (char c : description) {
                out += c;
                if (c == '\n') out += std::string(width, ' ');
            }
        } else if (shown < width) {
            out += std::string(width - shown, ' ');
        }
        return out + "\n";
    }

    /// CLI11's, with each part of a type name such as TEXT:DATE translated.
    std::string make_option_opts(const CLI::Option* opt) const override {
        if (!opt->get_option_text().empty()) return " " + opt->get_option_text();
        std::string out;
        if (opt->get_type_size() != 0) {
            if (!opt->get_type_name().empty()) {
                std::string type;
                std::string rest = opt->get_type_name();
                // Choices such as {auto,always,never} are codes, shown as they are.
                while (!rest.empty()) {
                    const auto colon = rest.find(':');
                    const std::string part = rest.substr(0, colon);
                    type += (type.empty() ? "" : ":") +
                            (part.empty() || part[0] == '{' ? part : get_label(part));
                    rest = colon == std::string::npos ? "" : rest.substr(colon + 1);
                }
                out += " " + type;
            }
            if (!opt->get_default_str().empty()) out += "=" + opt->get_default_str();
            if (opt->get_expected_max() == CLI::detail::expected_max_vector_size)
                out += " ...";
            else if (opt->get_expected_min() > 1)
                out += " x " + std::to_string(opt->get_expected());
            if (opt->get_required()) out += " " + get_label("REQUIRED");
        }
        if (!opt->get_envname().empty())
            out += " (" + get_label("Env") + ":" + opt->get_envname() + ")";
        if (!opt->get_needs().empty()) {
            out += " " + get_label("Needs") + ":";
            for (const CLI::Option* op : opt->get_needs()) out += " " + op->get_name();
        }
        if (!opt->get_excludes().empty()) {
            out += " " + get_label("Excludes") + ":";
            for (const CLI::Option* op : opt->get_excludes()) out += " " + op->get_name();
        }
        return out;
    }
};

// CLI11's default groups, for the extractor: every group name is translated with tr().
[[maybe_unused]] constexpr const char* kDefaultGroups[] = {N_("Options"), N_("Subcommands")};

void translate_group_names(CLI::App* app) {
    for (CLI::Option* o : app->get_options()) o->group(tr(o->get_group().c_str()));
    for (CLI::App* sub : app->get_subcommands([](CLI::App*) { return true; })) {
        if (!sub->get_group().empty()) sub->group(tr(sub->get_group().c_str()));
        translate_group_names(sub);
    }
}

struct Pattern {
    std::regex re;
    const char* msgid;  // {0}, {1}... are the pattern's groups
};

const std::vector<Pattern>& patterns() {
    // The messages of CLI11 2.1 (CLI/Error.hpp, Validators.hpp) that a pymes command line can
    // produce. The English msgids print exactly what CLI11 prints.
    static const std::vector<Pattern> list = {
        {std::regex("^The following argument was not expected: (.*)$"),
         N_("The following argument was not expected: {0}")},
        {std::regex("^The following arguments were not expected: (.*)$"),
         N_("The following arguments were not expected: {0}")},
        {std::regex("^A subcommand is required$"), N_("A subcommand is required")},
        {std::regex("^(\\S+) is required$"), N_("{0} is required")},
        {std::regex("^(\\S+): (.*) not in \\{(.*)\\}$"), N_("{0}: {1} not in {{{2}}}")},
        {std::regex("^Could not convert: (\\S+) = (.*)$"), N_("Could not convert: {0} = {1}")},
        {std::regex("^(\\S+) requires (\\S+)$"), N_("{0} requires {1}")},
        {std::regex("^(\\S+) excludes (\\S+)$"), N_("{0} excludes {1}")},
        {std::regex("^(\\S+): (\\d+) required (\\S+) missing$"),
         N_("{0}: {1} required {2} missing")},
        {std::regex("^Expected exactly (\\d+) arguments to (\\S+), got (\\d+)$"),
         N_("Expected exactly {0} arguments to {1}, got {2}")},
        {std::regex("^Expected at least (\\d+) arguments to (\\S+), got (\\d+)$"),
         N_("Expected at least {0} arguments to {1}, got {2}")},
        {std::regex("^(\\S+): Value (.*) not in range (.*) to (.*)$"),
         N_("{0}: Value {1} not in range {2} to {3}")},
        {std::regex("^(\\S+): File does not exist: (.*)$"), N_("{0}: File does not exist: {1}")},
        {std::regex("^(\\S+) was given a disallowed flag override$"),
         N_("{0} was given a disallowed flag override")},
    };
    return list;
}

}  // namespace

void set_help_formatter(CLI::App& app) { app.formatter(std::make_shared<Help>()); }

void translate_groups(CLI::App& app) { translate_group_names(&app); }

std::string translate_parse_error(const std::string& message) {
    std::smatch m;
    for (const Pattern& p : patterns()) {
        if (!std::regex_match(message, m, p.re)) continue;
        std::vector<std::string> g;
        for (std::size_t i = 1; i < m.size(); ++i) {
            // A positional argument by the name its help gives it ("ARCHIVO es obligatorio").
            static const std::set<std::string> kPositionals = {"CODE", "DIR", "FILE", "NEW",
                                                               "TEXT"};
            g.push_back(kPositionals.count(m[i].str()) ? tr(m[i].str().c_str()) : m[i].str());
        }
        fmt::dynamic_format_arg_store<fmt::format_context> args;
        for (const auto& s : g) args.push_back(s);
        return fmt::vformat(std::string_view(tr(p.msgid)), args);
    }
    return message;
}

}  // namespace pymes::cli
