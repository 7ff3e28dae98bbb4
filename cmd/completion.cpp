// pymes completion bash|zsh|fish: generated from the CLI11 tree the program runs, so that it
// never drifts from the commands. Completes commands, options, enumerated values and the
// institution codes of the registry (asked of pymes itself when completing).
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "pymes/core/areas.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/format_names.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/status.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/report/digest.hpp"
#include "record_options.hpp"
#include "validators.hpp"

namespace pymes::cli {

namespace {

struct Node {
    std::string path;  ///< "institution list"; "" for pymes itself
    std::vector<std::string> subcommands;
    std::vector<std::string> options;  ///< long names with --, and -x short ones
    bool code = false;                 ///< takes an institution CODE (completed from the registry)
    /// The values an option's own check accepts: CLI11's IsMember names them in the option's
    /// type ("TEXT:{csv,json,xlsx,iati}"), so completion offers what the command takes.
    std::map<std::string, std::vector<std::string>> values;
};

/// The values of a "{a,b,c}" part of a CLI11 type name; empty when it has none.
std::vector<std::string> checked_values(const std::string& type) {
    std::vector<std::string> out;
    const auto open = type.find('{'), close = type.rfind('}');
    if (open == std::string::npos || close == std::string::npos || close < open) return out;
    std::string item;
    for (char c : type.substr(open + 1, close - open - 1)) {
        if (c == ',') {
            out.push_back(item);
            item.clear();
        } else {
            item += c;
        }
    }
    out.push_back(item);
    return out;
}

void walk(const CLI::App* app, const std::string& path, std::vector<Node>& out) {
    Node n{path, {}, {}, false, {}};
    for (const auto* sub : app->get_subcommands([](const CLI::App*) { return true; })) {
        n.subcommands.push_back(sub->get_name());
        walk(sub, path.empty() ? sub->get_name() : path + " " + sub->get_name(), out);
    }
    for (const auto* opt : app->get_options([](const CLI::Option* o) {
             // Options hidden from help (edit's pointers to --add-X) are not offered either.
             return !o->get_positional() && !o->get_group().empty();
         })) {
        for (const auto& l : opt->get_lnames()) n.options.push_back("--" + l);
        for (const auto& s : opt->get_snames()) n.options.push_back("-" + s);
        if (auto words = checked_values(opt->get_type_name()); !words.empty()) {
            for (const auto& l : opt->get_lnames()) n.values["--" + l] = words;
            for (const auto& s : opt->get_snames()) n.values["-" + s] = words;
        }
    }
    for (const auto* opt :
         app->get_options([](const CLI::Option* o) { return o->get_positional(); }))
        if (opt->get_name() == "CODE") n.code = true;
    out.push_back(std::move(n));
}

std::string join(const std::vector<std::string>& words) {
    std::string s;
    for (const auto& w : words) s += (s.empty() ? "" : " ") + w;
    return s;
}

/// Values of options whose values are a fixed set, by the command group they belong to: those
/// of an option with an IsMember check (node.values), and here the ones whose check is a
/// transform that takes more spellings than it offers (areas, statuses, scope, week) or that the
/// command checks itself (the global --format, parse_format).
std::map<std::string, std::vector<std::string>> enumerations(const std::string& group,
                                                             const Node& node) {
    std::vector<std::string> areas = area_codes();
    // The areas' names in Spanish, the agreement's language (and pymes's default), and in the
    // language the completion is generated in.
    for (Language l : {Language::es, interface_language()})
        for (std::string& word : area_words(l))
            if (std::find(areas.begin(), areas.end(), word) == areas.end())
                areas.push_back(std::move(word));
    std::map<std::string, std::vector<std::string>> e = {
        {"--area", areas},
        {"--format", format_names(kFormatNames)},
        {"-f", format_names(kFormatNames)},
        {"--scope", format_names(kScopeNames)},
        {"--delimiter", {",", ";"}},
        {"--week", format_names(kWeekWords)},
    };
    if (group == "activity")
        e["--status"] = status_names(Entity::activity);
    else if (group == "meeting")
        e["--status"] = status_names(Entity::meeting);
    else if (group == "project")
        e["--status"] = status_names(Entity::project);
    else if (group == "institution")
        e["--status"] = institution_status_filters();
    // What the command's own checks accept comes first (export's --format has xlsx and iati,
    // the digest's email, notice's no table); the lists above are for the rest.
    for (const auto& [option, words] : node.values) e[option] = words;
    return e;
}

/// Options and positionals whose values are institution codes.
const std::set<std::string> kCodeOptions = {
    "--institution",   "--lead",         "--partner",         "--host",
    "--attendee",      "--add-attendee", "--remove-attendee", "--add-partner",
    "--remove-partner"};

std::string bash(const std::vector<Node>& nodes) {
    std::string subs, opts, values;
    for (const auto& n : nodes) {
        if (!n.subcommands.empty())
            subs += fmt::format("    \"{}\") echo \"{}\" ;;\n", n.path, join(n.subcommands));
        opts += fmt::format("    \"{}\") echo \"{}\" ;;\n", n.path, join(n.options));
        const std::string group = n.path.substr(0, n.path.find(' '));
        for (const auto& [option, words] : enumerations(group, n))
            if (std::find(n.options.begin(), n.options.end(), option) != n.options.end())
                values +=
                    fmt::format("    \"{}|{}\") echo \"{}\" ;;\n", n.path, option, join(words));
    }
    std::string code_cases, code_nodes;
    for (const auto& o : kCodeOptions) code_cases += (code_cases.empty() ? "" : "|") + o;
    for (const auto& n : nodes)
        if (n.code) code_nodes += (code_nodes.empty() ? "\"" : "|\"") + n.path + "\"";
    return fmt::format(R"bash(# bash completion for pymes, generated by `pymes completion bash`.
# Load it with:  source <(pymes completion bash)   (or save it in
# ~/.local/share/bash-completion/completions/pymes)
_pymes_subcommands() {{
  case "$1" in
{0}  esac
}}
_pymes_options() {{
  case "$1" in
{1}  esac
}}
_pymes_values() {{
  case "$1|$2" in
{2}  esac
}}
_pymes_codes() {{
  # Institution codes, from the registry the same command line names.
  "${{COMP_WORDS[0]}}" "${{_pymes_global[@]}}" -q -f csv institution list 2>/dev/null | tail -n +2 | cut -d, -f1
}}
_pymes() {{
  local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}}
  local node="" word i  # not `path`: zsh ties that name to PATH
  _pymes_global=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${{COMP_WORDS[i]}}
    case "$word" in
      -R|--registry|-c|--config) _pymes_global+=("$word" "${{COMP_WORDS[i+1]}}") ;;
      --no-config) _pymes_global+=("$word") ;;
    esac
    if [[ " $(_pymes_subcommands "$node") " == *" $word "* ]]; then
      node=${{node:+$node }}$word
    fi
  done
  local words
  case "$prev" in
    {3}) COMPREPLY=($(compgen -W "$(_pymes_codes)" -- "$cur")); return ;;
    -R|--registry|-c|--config|-o|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  words=$(_pymes_values "$node" "$prev")
  if [[ -z "$words" ]]; then words=$(_pymes_values "" "$prev"); fi
  if [[ -n "$words" ]]; then COMPREPLY=($(compgen -W "$words" -- "$cur")); return; fi
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$(_pymes_options "$node") $(_pymes_options "")" -- "$cur"))
  elif [[ -n "$(_pymes_subcommands "$node")" ]]; then
    COMPREPLY=($(compgen -W "$(_pymes_subcommands "$node")" -- "$cur"))
  else
    case "$node" in
      {4}) COMPREPLY=($(compgen -W "$(_pymes_codes)" -- "$cur")) ;;
      *) COMPREPLY=($(compgen -f -- "$cur")) ;;
    esac
  fi
}}
complete -F _pymes pymes
)bash",
                       subs, opts, values, code_cases, code_nodes);
}

std::string fish(const std::vector<Node>& nodes) {
    std::string out =
        "# fish completion for pymes, generated by `pymes completion fish`.\n"
        "# Save it as ~/.config/fish/completions/pymes.fish\n"
        "function __pymes_codes\n"
        "    # Institution codes, from the registry the same command line names.\n"
        "    set -l words (commandline -opc)\n"
        "    set -l global\n"
        "    for i in (seq 2 (count $words))\n"
        "        switch $words[$i]\n"
        "            case -R --registry -c --config\n"
        "                set -a global $words[$i] $words[(math $i + 1)]\n"
        "            case --no-config\n"
        "                set -a global $words[$i]\n"
        "        end\n"
        "    end\n"
        "    pymes $global -q -f csv institution list 2>/dev/null | tail -n +2 | cut -d, -f1\n"
        "end\n";
    for (const auto& n : nodes) {
        // A node is reached when every word of its path has been seen.
        std::string condition = n.path.empty() ? "__fish_use_subcommand" : "";
        std::string last;
        for (std::size_t start = 0; !n.path.empty() && start != std::string::npos;) {
            auto space = n.path.find(' ', start);
            last = n.path.substr(start,
                                 space == std::string::npos ? std::string::npos : space - start);
            condition += (condition.empty() ? "" : "; and ") +
                         std::string("__fish_seen_subcommand_from ") + last;
            start = space == std::string::npos ? space : space + 1;
        }
        if (!n.subcommands.empty())
            out += fmt::format("complete -c pymes -f -n '{}' -a '{}'\n", condition,
                               join(n.subcommands));
        else if (n.code)
            out += fmt::format("complete -c pymes -f -n '{}' -a '(__pymes_codes)'\n", condition);
        const std::string group = n.path.substr(0, n.path.find(' '));
        const auto values = enumerations(group, n);
        for (const auto& o : n.options) {
            if (o.rfind("--", 0) != 0) continue;
            std::string line = fmt::format("complete -c pymes -n '{}' -l {}",
                                           condition.empty() ? "true" : condition, o.substr(2));
            if (auto it = values.find(o); it != values.end())
                line += fmt::format(" -x -a '{}'", join(it->second));
            else if (kCodeOptions.count(o))
                line += " -x -a '(__pymes_codes)'";
            out += line + "\n";
        }
    }
    return out;
}

}  // namespace

void register_completion(CLI::App& app, Context& ctx) {
    auto shell = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand(
        "completion", tr("Shell completion for bash, zsh or fish, from this pymes's own commands"));
    cmd->add_option("SHELL", *shell, tr("bash, zsh or fish"))
        ->required()
        ->check(CLI::IsMember({"bash", "zsh", "fish"}));
    cmd->footer(
        tr("Examples:\n"
           "  source <(pymes completion bash)                      # in ~/.bashrc\n"
           "  pymes completion zsh > \"${fpath[1]}/_pymes\"\n"
           "  pymes completion fish > ~/.config/fish/completions/pymes.fish"));
    ctx.on(cmd, [&ctx, shell] {
        std::vector<Node> nodes;
        walk(ctx.root, "", nodes);
        if (*shell == "fish")
            ctx.out << fish(nodes);
        else if (*shell == "zsh")
            ctx.out << "#compdef pymes\n# zsh completion for pymes, through zsh's bash completion "
                       "layer.\n"
                       "autoload -U +X bashcompinit && bashcompinit\n"
                    << bash(nodes);
        else
            ctx.out << bash(nodes);
    });
}

}  // namespace pymes::cli
