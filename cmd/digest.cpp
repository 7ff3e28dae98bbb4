// pymes digest [--week W|last|this] [--from D --to D] [--as-of D] [--format F] [--language L]
//              [-o FILE] [--quiet-if-empty]
#include "pymes/report/digest.hpp"

#include <fmt/format.h>

#include <sstream>

#include "pymes/core/errors.hpp"
#include "pymes/core/files.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/report/mail.hpp"
#include "record_options.hpp"
#include "validators.hpp"

namespace pymes::cli {

namespace {

struct DigestArgs {
    std::string week, from, to, as_of, format, output;
    bool quiet_if_empty = false;
};

DigestOptions resolve(Context& ctx, const DigestArgs& a) {
    const Config& c = ctx.config();
    DigestOptions o;
    o.as_of = a.as_of.empty() ? ctx.clock().today() : *Date::parse_iso(a.as_of);
    o.upcoming_weeks = c.digest_upcoming_weeks;
    o.max_items = c.digest_max_items;
    o.language = ctx.language;  // the global --language, the config's, the locale's
    o.title = c.digest_title;
    if (!a.week.empty() && (!a.from.empty() || !a.to.empty()))
        throw UsageError(tr("give either --week or --from/--to, not both"));
    if (!a.from.empty() || !a.to.empty()) {
        if (a.from.empty()) throw UsageError(tr("--to needs --from"));
        o.from = *Date::parse_iso(a.from);
        o.to = a.to.empty() ? o.as_of : *Date::parse_iso(a.to);
        if (o.to < o.from)
            throw UsageError(trf("--to {} is before --from {}", o.to.iso(), o.from.iso()));
        return o;
    }
    IsoWeek week;
    if (a.week.empty() || a.week == kWeekWords[0])
        week = last_complete_week(o.as_of);
    else if (a.week == kWeekWords[1])
        week = IsoWeek::of(o.as_of);
    else if (auto w = IsoWeek::parse(a.week))
        week = *w;
    else
        throw UsageError(
            trf("--week: '{}' is not an ISO week", a.week),
            trf("write YYYY-Www of a week that exists (2026-W48; W53 only in long years), {}",
                values_or_list(format_names(kWeekWords))));
    o.week = week;
    o.from = week.monday();
    o.to = week.sunday();
    return o;
}

}  // namespace

void register_digest(CLI::App& app, Context& ctx) {
    auto a = std::make_shared<DigestArgs>();
    auto* cmd = app.add_subcommand(
        "digest", tr("The digest of a week (default: the last complete one) for every party"));
    cmd->add_option("--week", a->week,
                    trf("YYYY-Www, {}; by default {}", values_or_list(format_names(kWeekWords)),
                        value_with_word(kWeekWords[0])));
    cmd->add_option("--from", a->from, tr("First day of another period"))
        ->transform(date_validator(ctx));
    cmd->add_option("--to", a->to, tr("Last day of that period (default: --as-of)"))
        ->transform(date_validator(ctx));
    cmd->add_option("--as-of", a->as_of,
                    tr("Write it as the registry held it at the end of this day (default: today)"))
        ->transform(as_of_validator(ctx));
    auto said = first_as_default(format_names(kDigestFormatNames),
                                 // TRANSLATORS: {} is the digest's first format, "text".
                                 trf("{} (default: config digest.format)", kDigestFormatNames[0]));
    said.push_back(email_said());
    cmd->add_option("--format", a->format, or_list(said))
        ->check(CLI::IsMember(with_email(format_names(kDigestFormatNames))));
    cmd->add_option("-o,--output", a->output,
                    tr("Write to FILE (atomically; only ever replaces a regular file, never the "
                       "registry) instead of standard output"));
    cmd->add_flag("--quiet-if-empty", a->quiet_if_empty,
                  tr("Print nothing when nothing happened (cron then sends no mail)"));
    cmd->footer(
        tr("Examples:\n"
           "  pymes digest                                   # last week, in Spanish, as text\n"
           "  pymes digest --week 2026-W48 --format html -o resumen.html\n"
           "  pymes digest --quiet-if-empty --format markdown --language pt\n"
           "  pymes digest --quiet-if-empty --format email | /usr/sbin/sendmail -t\n"
           "  0 7 * * 1  pymes digest --quiet-if-empty | mail -s \"Resumen semanal\" "
           "partes@example.org"));
    ctx.on(cmd, [&ctx, a] {
        DigestOptions o = resolve(ctx, *a);
        std::string f = a->format;
        if (f.empty()) f = ctx.global.format == "json" ? "json" : ctx.config().digest_format;
        const bool email = f == kEmailFormat;
        const DigestFormat format = email ? DigestFormat::text : parse_digest_format(f);
        Digest d = build_digest(ctx.registry(), o);
        if (d.empty() && a->quiet_if_empty) return;
        std::ostringstream text;
        if (email) {
            std::ostringstream plain, html;
            render_digest(plain, d, DigestFormat::text);
            render_digest(html, d, DigestFormat::html);
            const Config& c = ctx.config();
            text << write_mail({c.mail_from, c.mail_to, c.mail_reply_to, digest_subject(d),
                                plain.str(), html.str(), ctx.clock().now_utc()});
        } else if (a->output.empty()) {
            render_digest(ctx.out, d, format);
            return;
        } else {
            render_digest(text, d, format);
        }
        if (a->output.empty()) {
            ctx.out << text.str();
            return;
        }
        // Never over the registry, a device, a FIFO or a folder (SPEC §6).
        replace_file(a->output, text.str(), ctx.config().registry);
    });
}

}  // namespace pymes::cli
