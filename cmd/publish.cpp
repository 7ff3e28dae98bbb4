// pymes publish DIR [--language es|en|pt] [--as-of DATE]
#include "pymes/report/publish.hpp"

#include <fmt/format.h>

#include "pymes/core/i18n.hpp"
#include "record_options.hpp"
#include "validators.hpp"

namespace pymes::cli {

namespace {

struct PublishArgs {
    std::string dir, as_of;
};

}  // namespace

void register_publish(CLI::App& app, Context& ctx) {
    auto a = std::make_shared<PublishArgs>();
    auto* cmd = app.add_subcommand(
        "publish", tr("Write the registry as a static website with open data, into DIR, in the "
                      "interface language (--language)"));
    cmd->add_option("DIR", a->dir, tr("The site's folder (new, empty, or published before)"))
        ->required();
    cmd->add_option("--as-of", a->as_of,
                    tr("The status table and digests as of DATE (default: today)"))
        ->transform(as_of_validator(ctx));
    cmd->footer(
        tr("Examples:\n"
           "  pymes publish sitio/\n"
           "  pymes publish site/ --language en\n"
           "  0 6 * * 1  pymes publish /srv/acuerdo && rsync -a --delete /srv/acuerdo/ "
           "web:/var/www/acuerdo/"));
    ctx.on(cmd, [&ctx, a] {
        const Config& c = ctx.config();
        PublishOptions o;
        o.language = ctx.language;
        o.as_of = a->as_of.empty() ? ctx.clock().today() : *Date::parse_iso(a->as_of);
        o.title = c.publish_title;
        o.homepage = c.publish_homepage;
        o.license = c.publish_license;
        o.iati_reporting_org = c.publish_iati_reporting_org;
        o.iati_org_type = c.publish_iati_org_type;
        o.data_language = parse_language(c.publish_data_language).value_or(Language::es);
        o.upcoming_weeks = c.digest_upcoming_weeks;
        o.max_items = c.digest_max_items;
        const PublishResult r = publish_site(ctx.registry(), a->dir, o);
        if (r.iati_skipped)
            ctx.warn(
                tr("iati-activities.xml was not written: no activity or project has a date, "
                   "and an IATI file must hold one activity at least"));
        if (!ctx.global.quiet)
            ctx.err << trf("pymes: published {} files ({} weekly digests) in {}", r.files, r.weeks,
                           a->dir)
                    << "\n";
    });
}

}  // namespace pymes::cli
