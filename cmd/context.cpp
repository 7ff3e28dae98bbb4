#include "context.hpp"

#include <date/tz.h>
#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>

#include "pymes/core/errors.hpp"
#include "pymes/core/format_names.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/labels.hpp"
#include "pymes/core/text.hpp"

namespace pymes::cli {

namespace {

/// A cell as people read it: a coded value (a status, a boolean) labelled in their language,
/// unless the library labelled it already (areas, the statuses of records).
Cell for_people(const std::string& column, Cell cell) {
    if (!cell.label.empty()) return cell;
    if (cell.kind == Cell::Kind::boolean || cell.kind == Cell::Kind::text)
        cell.label = value_label(column, cell.flat());
    return cell;
}

/// A table as people read it: headings and coded values in their language.
/// Whether column `c` is for programs only (a calendar UID): left out of tables people read
/// unless --columns names it.
bool programs_only(const Table& table, std::size_t c) {
    return table.fit.size() == table.columns.size() && table.fit[c].programs_only;
}

Table for_people(const Table& table, bool chosen = false) {
    std::vector<std::size_t> keep;
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (chosen || !programs_only(table, c)) keep.push_back(c);
    Table shown;
    for (auto c : keep) {
        shown.columns.push_back(column_header(table.columns[c]));
        if (table.fit.size() == table.columns.size()) shown.fit.push_back(table.fit[c]);
    }
    for (const auto& row : table.rows) {
        Row r;
        for (auto c : keep) r.push_back(for_people(table.columns[c], row[c]));
        shown.rows.push_back(std::move(r));
    }
    return shown;
}

/// The heading of a section of a record shown with `show`.
std::string section_name(const std::string& name) {
    // TRANSLATORS: the headings of the lists shown under a record by `show`.
    static constexpr const char* kSections[] = {
        NC_("section", "membership"), NC_("section", "attending"), NC_("section", "projects")};
    for (const char* s : kSections)
        if (name == s) return trc("section", s);
    return name;
}

}  // namespace

Context::Context(std::ostream& o, std::ostream& e, Environment env, Terminal terminal)
    : out(o), err(e), env_(std::move(env)), terminal_(terminal) {}

std::optional<std::string> OptionalText::get() const {
    return option && option->count() ? std::optional(value) : std::nullopt;
}

void Context::on(CLI::App* command, std::function<void()> handler) {
    handlers_[command] = std::move(handler);
}

std::function<void()>* Context::handler_for(CLI::App* command) {
    auto it = handlers_.find(command);
    return it == handlers_.end() ? nullptr : &it->second;
}

const Config& Context::config() {
    if (!config_) {
        ConfigRequest request;
        if (!global.config.empty()) request.config_path = global.config;
        if (!global.registry.empty()) request.registry_path = global.registry;
        request.no_config = global.no_config;
        config_ = load_config(request, env_);
        for (const auto& w : config_->warnings) warn(w);
        // The configured time zone reaches `today` through clock() and a meeting's default
        // zone through timezone(); the process's TZ is left as it was given.
    }
    return *config_;
}

std::pair<std::string, std::string> Context::timezone() {
    const Config& c = config();
    if (!c.timezone.empty()) return {c.timezone, c.origin.at("timezone")};
    // $TZ as the C library reads it for "today" (":Area/City" or "Area/City"), if it names a
    // zone; else the system's (date::current_zone() reads /etc/localtime only); else UTC.
    if (auto tz = env_("TZ"); tz && !tz->empty()) {
        const std::string name = (*tz)[0] == ':' ? tz->substr(1) : *tz;
        try {
            return {date::locate_zone(name)->name(), "$TZ"};
        } catch (const std::exception&) {
            // not a zone's name (a POSIX rule such as "EST5EDT,M3.2.0,M11.1.0"): the system's
        }
    }
    try {
        return {date::current_zone()->name(), "/etc/localtime"};
    } catch (const std::exception&) {
        return {"UTC", "default"};
    }
}

const Clock& Context::clock() {
    if (!clock_) {
        auto fixed = [](const std::string& value, const char* what) {
            auto d = Date::parse_iso(value);
            if (!d)
                throw UsageError(
                    trf("{}: '{}' is not a date", what, value),
                    Date::hint(value, tr("write the day as YYYY-MM-DD (a day that exists)")));
            return Clock::fixed(*d);
        };
        if (!global.today.empty()) {
            clock_ = fixed(global.today, "--today");
        } else if (auto env = env_("PYMES_TODAY"); env && !env->empty()) {
            clock_ = fixed(*env, "PYMES_TODAY");
        } else {
            clock_ = Clock::real(config().timezone);
        }
    }
    return *clock_;
}

Registry& Context::registry(MigratePolicy policy) {
    if (!registry_) {
        const Config& c = config();
        if (policy == MigratePolicy::automatic && !c.auto_migrate) policy = MigratePolicy::refuse;
        OpenOptions options{c.registry, c.busy_timeout_ms, policy, c.user, clock()};
        // Another user's registry that this one may read but not write (the file, or the folder
        // its -wal and -shm live in): read it without writing anything; a command that writes
        // is then refused by SQLite as read-only.
        const std::filesystem::path parent = std::filesystem::path(c.registry).parent_path();
        const std::string folder = parent.empty() ? std::string(".") : parent.string();
        if (::access(c.registry.c_str(), F_OK) == 0 &&
            (::access(c.registry.c_str(), W_OK) != 0 || ::access(folder.c_str(), W_OK) != 0))
            options.read_only = true;
        registry_ = Registry::open(options);
        changes_at_open_ = registry_->total_changes();
        if (!registry_->migration_backup().empty()) {
            info(trf("migrated the registry to schema {}; the previous file is kept as {}",
                     registry_->schema_version(), registry_->migration_backup()));
        }
    }
    return *registry_;
}

Registry& Context::registry_for_reading() {
    if (!registry_) {
        const Config& c = config();
        OpenOptions options{c.registry, c.busy_timeout_ms, MigratePolicy::leave, c.user, clock()};
        options.read_only = true;
        registry_ = Registry::open(options);
    }
    return *registry_;
}

Format Context::format() {
    const std::string& f = global.format.empty() ? config().format : global.format;
    return parse_format(f);
}

bool Context::color() {
    const std::string& c = global.color.empty() ? config().color : global.color;
    const auto choice = format_named<ColorChoice>(kColorNames, c);
    if (!choice)
        throw UsageError(trf("--color: '{}' is not {}", c, or_list(format_names(kColorNames))));
    if (choice != ColorChoice::automatic) return choice == ColorChoice::always;
    auto no_color = env_("NO_COLOR");
    return terminal_.out_is_tty && !(no_color && !no_color->empty());
}

TableStyle Context::table_style() {
    return TableStyle{terminal_.out_is_tty ? terminal_.width : 0, color()};
}

namespace {

/// The columns named by --columns, in that order; an unknown name is a usage error.
Table chosen_columns(const Table& table, const std::vector<std::string>& names) {
    std::vector<std::size_t> keep;
    for (const auto& name : names) {
        auto at = std::find(table.columns.begin(), table.columns.end(), name);
        if (at == table.columns.end()) {
            std::string known;
            for (const auto& c : table.columns) known += (known.empty() ? "" : ", ") + c;
            const std::string near = text::closest(name, table.columns);
            throw UsageError(
                !near.empty()
                    ? trf("--columns: there is no column {}; did you mean {}?", name, near)
                    : trf("--columns: there is no column {}", name),
                trf("the columns are {}", known));
        }
        keep.push_back(std::size_t(at - table.columns.begin()));
    }
    Table shown;
    for (auto c : keep) {
        shown.columns.push_back(table.columns[c]);
        // Columns a person chose are never left out; long text may still be shortened.
        if (table.fit.size() == table.columns.size())
            shown.fit.push_back(ColumnFit{table.fit[c].shorten, 0});
    }
    for (const auto& row : table.rows) {
        Row r;
        for (auto c : keep) r.push_back(row[c]);
        shown.rows.push_back(std::move(r));
    }
    return shown;
}

}  // namespace

void Context::print(const Table& table) {
    if (!global.columns.empty()) {
        const Table chosen = chosen_columns(table, global.columns);
        switch (format()) {
            case Format::csv:
                render_csv(out, chosen, CsvStyle{});
                return;
            case Format::json:
                render_json(out, chosen);
                return;
            case Format::table:
                render_table(out, for_people(chosen, true), table_style());
                return;
        }
    }
    switch (format()) {
        case Format::csv:
            render_csv(out, table, CsvStyle{});
            return;
        case Format::json:
            render_json(out, table);
            return;
        case Format::table:
            break;
    }
    // People read tables: columns empty in every row say nothing, so they are left out.
    Table shown;
    std::vector<std::size_t> keep;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        bool any = std::any_of(table.rows.begin(), table.rows.end(),
                               [&](const Row& r) { return r[c].kind != Cell::Kind::null; });
        if ((any || table.rows.empty()) && !programs_only(table, c)) keep.push_back(c);
    }
    for (auto c : keep) {
        shown.columns.push_back(column_header(table.columns[c]));
        if (table.fit.size() == table.columns.size()) shown.fit.push_back(table.fit[c]);
    }
    for (const auto& row : table.rows) {
        Row r;
        for (auto c : keep) r.push_back(for_people(table.columns[c], row[c]));
        shown.rows.push_back(std::move(r));
    }
    render_table(out, shown, table_style());
}

void Context::print_record(const Table& one_row) {
    if (format() != Format::table) {
        render_record(out, one_row, format(), table_style());
        return;
    }
    render_record(out, for_people(one_row), format(), table_style());
}

void Context::print_detail(const Table& one_row, const std::vector<Section>& sections) {
    if (format() != Format::table) {
        render_detail(out, one_row, sections, format(), table_style());
        return;
    }
    std::vector<Section> shown;
    for (const auto& s : sections) shown.push_back({section_name(s.name), for_people(s.table)});
    render_detail(out, for_people(one_row), shown, format(), table_style());
}

std::string Context::written() const {
    if (!registry_ || registry_->total_changes() == changes_at_open_) return {};
    return printing_.empty() ? std::string(tr("the change")) : printing_;
}

// Messages may quote what was typed or read: never a raw control character to the terminal.
void Context::warn(const std::string& message) {
    err << "pymes: warning: " << text::visible(message, text::Lines::one) << '\n';
}

void Context::info(const std::string& message) {
    if (!global.quiet) err << "pymes: " << text::visible(message, text::Lines::one) << '\n';
}

}  // namespace pymes::cli
