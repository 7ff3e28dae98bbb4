// pymes membership list | correct | annul: the depositary's desk (SPEC §2). The log only grows
// through accede and withdraw; here a wrong event is put right, with a reason, in the history.
#include "pymes/entities/membership.hpp"

#include <fmt/format.h>

#include <sstream>

#include "context.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/labels.hpp"
#include "pymes/report/mail.hpp"
#include "pymes/report/notice.hpp"
#include "validators.hpp"

namespace pymes::cli {

namespace {

void register_list(CLI::App* group, Context& ctx) {
    struct Options {
        std::string code, as_of, from, to, recorded_from, recorded_to;
        std::vector<std::string> kinds;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group->add_subcommand(
        "list", tr("The membership log: every event that stands, by institution and date"));
    cmd->add_option("CODE", o->code, tr("Only this institution"));
    cmd->add_option("--as-of", o->as_of,
                    tr("Only events dated on or before this date, as the registry knew them at "
                       "its end"))
        ->transform(as_of_validator(ctx));
    cmd->add_option("--from", o->from, tr("Only events dated on or after this date"))
        ->transform(date_validator(ctx));
    cmd->add_option("--to", o->to, tr("Only events dated on or before this date"))
        ->transform(date_validator(ctx));
    cmd->add_option("--recorded-from", o->recorded_from,
                    tr("Only events recorded on or after this date"))
        ->transform(date_validator(ctx));
    cmd->add_option("--recorded-to", o->recorded_to,
                    tr("Only events recorded on or before this date"))
        ->transform(date_validator(ctx));
    cmd->add_option("--kind", o->kinds, tr("Only events of this kind (repeatable)"))
        ->check(CLI::IsMember(format_names(kMembershipKindNames)));
    cmd->footer(
        tr("Examples:\n"
           "  pymes membership list TIPS\n"
           "  pymes -f csv membership list --as-of 2010-12-31\n"
           "  pymes membership list --recorded-from 2026-11-16 --recorded-to 2026-11-22\n"
           "Annulled events are not listed; `pymes log --key CODE` shows them, with the reason."));
    ctx.on(cmd, [&ctx, o] {
        MembershipFilter f;
        if (!o->code.empty()) f.institution = o->code;
        if (!o->as_of.empty()) f.as_of = Date::parse_iso(o->as_of);
        if (!o->from.empty()) f.from = Date::parse_iso(o->from);
        if (!o->to.empty()) f.to = Date::parse_iso(o->to);
        if (!o->recorded_from.empty()) f.recorded_from = Date::parse_iso(o->recorded_from);
        if (!o->recorded_to.empty()) f.recorded_to = Date::parse_iso(o->recorded_to);
        for (const auto& k : o->kinds) f.kinds.push_back(*parse_membership_kind(k));
        ctx.print(membership_event_table(standing_membership_events(ctx.registry(), f)));
    });
}

void register_correct(CLI::App* group, Context& ctx) {
    struct Options {
        std::int64_t id = 0;
        std::string date, reason;
        OptionalText place, reference;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group->add_subcommand(
        "correct", tr("Correct the date, place or reference of an event, with a reason"));
    cmd->add_option("ID", o->id, tr("Event id (see `pymes membership list`)"))
        ->required()
        ->check(CLI::PositiveNumber);
    cmd->add_option("--date", o->date, tr("The date the instrument really took effect"))
        ->transform(date_validator(ctx));
    o->place.option =
        cmd->add_option("--place", o->place.value, tr("Where it was signed ('' clears it)"));
    o->reference.option = cmd->add_option("--reference", o->reference.value,
                                          tr("Reference of the instrument ('' clears it)"));
    cmd->add_option("--reason", o->reason,
                    tr("Why, in words the parties will read (kept in the history)"))
        ->required();
    cmd->footer(tr(
        "Example:\n"
        "  pymes membership correct 12 --date 2001-05-15 --reason \"Fecha del instrumento: 15 de "
        "mayo\"\n"
        "The history keeps what the event said before: `pymes log --key CODE`."));
    ctx.on(cmd, [&ctx, o] {
        MembershipCorrection c;
        c.id = o->id;
        if (!o->date.empty()) c.date = Date::parse_iso(o->date);
        c.place = o->place.get();
        c.reference = o->reference.get();
        c.reason = o->reason;
        if (!c.date && !c.place && !c.reference)
            throw UsageError(tr("nothing to correct"),
                             tr("give at least one of --date, --place and --reference"));
        ctx.print_record(membership_event_table({correct_membership_event(ctx.registry(), c)}));
    });
}

void register_annul(CLI::App* group, Context& ctx) {
    struct Options {
        std::int64_t id = 0;
        std::string reason;
    };
    auto o = std::make_shared<Options>();
    auto* cmd =
        group->add_subcommand("annul", tr("Annul an event recorded by mistake, with a reason"));
    cmd->add_option("ID", o->id, tr("Event id (see `pymes membership list`)"))
        ->required()
        ->check(CLI::PositiveNumber);
    cmd->add_option("--reason", o->reason,
                    tr("Why, in words the parties will read (kept in the history)"))
        ->required();
    cmd->footer(
        tr("Example:\n"
           "  pymes membership annul 14 --reason \"La nota de retiro fue retirada antes de surtir "
           "efecto\"\n"
           "The event stays in the file and in the history, and counts for nothing."));
    ctx.on(cmd, [&ctx, o] {
        const MembershipEntry e = annul_membership_event(ctx.registry(), o->id, o->reason);
        ctx.info(trf("annulled event {} ({} of {} on {})", e.event.id,
                     value_label("kind", kind_name(e.event.kind)), e.institution, e.event.date));
    });
}

void register_notice(CLI::App* group, Context& ctx) {
    struct Options {
        std::int64_t id = 0;
        std::string format = "text", as_of;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group->add_subcommand(
        "notice",
        tr("The depositary's notification of an accession or a withdrawal, for the parties"));
    cmd->add_option("ID", o->id, tr("Event id (see `pymes membership list`)"))
        ->required()
        ->check(CLI::PositiveNumber);
    auto said = first_as_default(format_names(kNoticeFormatNames));
    said.push_back(email_said());
    cmd->add_option("--format", o->format, or_list(said))
        ->check(CLI::IsMember(with_email(format_names(kNoticeFormatNames))));
    cmd->add_option("--as-of", o->as_of,
                    tr("The notice as the registry held it at the end of this day (default: "
                       "today): the one sent that day, again"))
        ->transform(as_of_validator(ctx));
    cmd->footer(
        tr("Examples:\n"
           "  pymes membership notice 14\n"
           "  pymes membership notice 14 --format html --language pt > notificacao.html\n"
           "  pymes membership notice 14 --format email | /usr/sbin/sendmail -t\n"
           "  pymes membership notice 14 --as-of 2026-03-02   # as it was sent that day\n"
           "Numbered per year in the order the registry recorded the events (\"3/2026\"); the "
           "number never changes, and an annulled event's notice says so."));
    ctx.on(cmd, [&ctx, o] {
        const Language language = ctx.language;  // the global --language, config, locale
        // email is the text and the HTML in one message.
        const NoticeFormat format =
            format_named<NoticeFormat>(kNoticeFormatNames, o->format).value_or(NoticeFormat::text);
        std::optional<Date> as_of;
        if (!o->as_of.empty()) as_of = Date::parse_iso(o->as_of);
        const MembershipNotice notice =
            build_membership_notice(ctx.registry(), o->id, language, as_of);
        if (o->format != kEmailFormat) {
            render_membership_notice(ctx.out, notice, format);
            return;
        }
        std::ostringstream plain, html;
        render_membership_notice(plain, notice, NoticeFormat::text);
        render_membership_notice(html, notice, NoticeFormat::html);
        const Config& c = ctx.config();
        ctx.out << write_mail({c.mail_from, c.mail_to, c.mail_reply_to, notice_subject(notice),
                               plain.str(), html.str(), ctx.clock().now_utc()});
    });
}

}  // namespace

void add_membership_transfer(CLI::App* group, Context& ctx);

void register_membership(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand(
        "membership", tr("The membership log: list, export, import; correct or annul an event"));
    register_list(group, ctx);
    register_correct(group, ctx);
    register_annul(group, ctx);
    register_notice(group, ctx);
    add_membership_transfer(group, ctx);
}

}  // namespace pymes::cli
