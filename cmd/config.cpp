// pymes config show | path | init
#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>

#include "context.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"

namespace pymes::cli {

void register_config(CLI::App& app, Context& ctx) {
    auto* config = app.add_subcommand(
        "config", tr("Show the effective settings, or write a default config file"));

    auto* show =
        config->add_subcommand("show", tr("Each setting, its value and where it came from"));
    show->footer(
        tr("Examples:\n  pymes config show\n  pymes --no-config config show     # the defaults"));
    ctx.on(show, [&ctx] {
        const Config& c = ctx.config();
        Table t{{"key", "value", "source"}, {}};
        // The language and the time zone in effect, wherever they came from.
        const auto [zone, zone_origin] = ctx.timezone();
        for (const auto& key : config_keys()) {
            std::string value = config_value(c, key), origin = c.origin.at(key);
            if (key == "language") {
                value = std::string(language_code(ctx.language));
                origin = ctx.language_origin;
            } else if (key == "timezone") {
                value = zone;
                origin = zone_origin;
            }
            t.rows.push_back({Cell::of(key), Cell::of(value), Cell::of(origin)});
        }
        ctx.print(t);
    });

    auto* path = config->add_subcommand("path", tr("Where the config file is read from"));
    path->footer(tr("Example:\n  $EDITOR \"$(pymes config path)\""));
    ctx.on(path, [&ctx] {
        const Config& c = ctx.config();
        if (!c.file.empty())
            ctx.out << c.file << '\n';
        else if (ctx.global.no_config)
            ctx.info(tr("--no-config: no config file is read"));
        else {
            ctx.out << default_config_path(ctx.env()) << '\n';
            ctx.info(tr("(that file does not exist; `pymes config init` writes it)"));
        }
    });

    auto* init = config->add_subcommand(
        "init", tr("Write a commented default config file (never overwrites)"));
    init->footer(tr("Example:\n  pymes config init && $EDITOR \"$(pymes config path)\""));
    ctx.on(init, [&ctx] {
        namespace fs = std::filesystem;
        std::string file = !ctx.global.config.empty() ? expand_home(ctx.global.config, ctx.env())
                                                      : default_config_path(ctx.env());
        if (ctx.global.config.empty()) {
            if (auto v = ctx.env()("PYMES_CONFIG"); v && !v->empty())
                file = expand_home(*v, ctx.env());
        }
        std::error_code ec;
        if (fs::exists(file, ec)) {
            throw Error(Exit::cant_create, trf("a config file already exists at {}", file),
                        tr("edit it, or remove it first to start again from the defaults"));
        }
        if (fs::path(file).has_parent_path())
            fs::create_directories(fs::path(file).parent_path(), ec);
        const std::string temp = file + fmt::format(".part-{}", ::getpid());
        {
            std::ofstream o(temp, std::ios::binary);
            o << default_config_text();
            if (!o.flush()) {
                fs::remove(temp, ec);
                throw Error(Exit::cant_create, trf("cannot write {}", file));
            }
        }
        if (::link(temp.c_str(), file.c_str()) != 0) {
            fs::remove(temp, ec);
            throw Error(Exit::cant_create, trf("cannot create {}", file));
        }
        fs::remove(temp, ec);
        ctx.out << file << '\n';
    });
}

}  // namespace pymes::cli
