#pragma once
// CLI11 validators built on the library's own checks, so that a malformed argument is a usage
// error (64) that says what is expected, while the library still checks what reaches it.

#include <CLI/CLI.hpp>
#include <charconv>

#include "context.hpp"
#include "pymes/core/dates.hpp"
#include "pymes/core/encoding.hpp"
#include "pymes/core/format_names.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/status.hpp"
#include "pymes/core/text.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/entities/record.hpp"

namespace pymes::cli {

/// A count such as --limit: a whole number from 1 up. Its message reads as one sentence with the
/// option's name (`--limit must be 1 or more`), never CLI11's floating-point range.
inline CLI::Validator count_validator() {
    return CLI::Validator(
        [](std::string& s) -> std::string {
            long long v = 0;
            const char* end = s.data() + s.size();
            auto [p, ec] = std::from_chars(s.data(), end, v);
            if (s.empty() || p != end ||
                (ec != std::errc() && ec != std::errc::result_out_of_range))
                return trf("must be a whole number, 1 or more ('{}' is not one)", s);
            if (ec == std::errc::result_out_of_range ? s[0] != '-' : v > 2147483647LL)
                return tr("must be at most 2147483647");
            if (v < 1) return tr("must be 1 or more");
            return {};
        },
        "N", "count");
}

/// A document's formats, and email: its text and HTML renderings in one message (digest, notice).
inline std::vector<std::string> with_email(std::vector<std::string> names) {
    names.emplace_back(kEmailFormat);
    return names;
}

/// A fixed list's values as a help text names them, the first marked as the default; or_list()
/// makes the sentence's list of them: "text (default), markdown, html or json".
inline std::vector<std::string> first_as_default(std::vector<std::string> names,
                                                 const std::string& marked = {}) {
    if (names.empty()) return names;
    // TRANSLATORS: a value and that it is the default one: "text (default)".
    names.front() = marked.empty() ? trf("{} (default)", names.front()) : marked;
    return names;
}

/// An entity's statuses as its --status help names them, in their table's order, each with its
/// word in the interface language where that differs: "planned (planificada), ... o cancelled
/// (cancelada)".
inline std::string statuses_said(Entity entity) {
    std::vector<std::string> said;
    for (const auto& name : status_names(entity)) {
        const std::string label = status_label(entity, name);
        said.push_back(label == name ? name : fmt::format("{} ({})", name, label));
    }
    return or_list(said);
}

/// `institution list --status`'s values: the membership statuses, then `all` (every
/// institution, the default): the command line's, beside kMembershipStatusNames.
inline std::vector<std::string> institution_status_filters() {
    auto names = format_names(kMembershipStatusNames);
    names.emplace_back("all");
    return names;
}

/// email, as the help of digest's and notice's --format says it, the last of their values.
inline std::string email_said() {
    // TRANSLATORS: {} is "email", a value of --format.
    return trf("{} (a whole message for sendmail -t: text and HTML, headers from config [mail])",
               kEmailFormat);
}

/// --encoding: a name or an alias of kEncodingTable, in any case (what parse_encoding takes).
/// Help and completion show the names alone, as IsMember's "{utf-8,latin1,cp1252}"; a value
/// outside them is refused in IsMember's words.
inline CLI::Validator encoding_validator() {
    std::string names;
    for (auto n : kEncodingNames) names += (names.empty() ? "" : ",") + std::string(n);
    const std::string set = "{" + names + "}";
    return CLI::Validator(
        [set](std::string& s) -> std::string {
            return encoding_named(s) ? std::string() : s + " not in " + set;
        },
        set, "encoding");
}

/// An institution code, upper-cased.
inline CLI::Validator code_validator() {
    return CLI::Validator(
        [](std::string& s) -> std::string {
            auto c = normalize_code(s);
            if (!c) {
                const FieldError e = code_error("code", s);
                return e.detail + " (" + e.hint() + ")";
            }
            s = *c;
            return {};
        },
        "CODE", "code");
}

/// SPEC §2's text rule, for options the library stores as text: valid UTF-8, no control
/// character on one line (line breaks and tabs allowed in long fields). The library checks it
/// again; here it is a usage error (64) rather than bad data.
inline CLI::Validator text_validator(text::Lines lines = text::Lines::one) {
    return CLI::Validator(
        [lines](std::string& s) -> std::string {
            auto problem = text::text_problem(text::trim(text::unix_lines(s)), lines);
            return problem;
        },
        "", "text");
}

/// YYYY-MM-DD, today or yesterday (by the run's clock: --today, PYMES_TODAY, the config's
/// time zone); rewritten to YYYY-MM-DD. Global options are processed before a subcommand's, so
/// the clock is known here.
inline CLI::Validator date_validator(Context& ctx) {
    return CLI::Validator(
        [&ctx](std::string& s) -> std::string {
            if (Date::is_relative(s)) {
                s = Date::parse_arg(s, "date", ctx.clock().today()).iso();
                return {};
            }
            auto d = Date::parse_iso(s);
            if (!d)
                return trf(
                    "'{}' is not a date ({})", s,
                    Date::hint(s, tr("YYYY-MM-DD of a day that exists, today or yesterday")));
            s = d->iso();
            return {};
        },
        "DATE", "date");
}

/// A --as-of day: a date (as date_validator), from the agreement's signature to today; else a
/// usage error (64) that names the range (SPEC §2, "Two times").
inline CLI::Validator as_of_validator(Context& ctx) {
    return CLI::Validator(
        [&ctx](std::string& s) -> std::string {
            std::string message = date_validator(ctx)(s);
            if (!message.empty()) return message;
            const Date day = *Date::parse_iso(s), today = ctx.clock().today();
            const Date first = *Date::parse_iso(kAgreementDate);
            if (day < first || day > today)
                return trf(
                    "{} is outside the registry's time: give a day from {} (the agreement) "
                    "to {} (today)",
                    s, first.iso(), today.iso());
            return {};
        },
        "DATE", "as-of date");
}

/// The --on value as add_record and edit_record take it: unset when not given.
inline std::optional<std::string> status_on(const std::string& on) {
    return on.empty() ? std::nullopt : std::optional<std::string>(on);
}

/// `--on DATE` of a meeting's or a project's add and edit: the day its status took effect.
inline CLI::Option* add_status_on(CLI::App* cmd, Context& ctx, std::string& on, bool edit) {
    auto* option = cmd->add_option(
        "--on", on,
        edit ? tr("The day the new --status took effect (default: today; not before the last "
                  "change)")
             : tr("The day its status took effect (default: today)"));
    option->transform(date_validator(ctx));
    if (edit)
        if (auto* status = cmd->get_option_no_throw("--status")) option->needs(status);
    return option;
}

}  // namespace pymes::cli
