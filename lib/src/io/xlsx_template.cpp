// A fill-in workbook for an institution's focal point: the import's columns, drop-down lists,
// date cells, and a sheet of instructions in the configured language.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <array>

#include "pymes/core/areas.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/format_names.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/membership_kind.hpp"
#include "pymes/core/status.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/io/xlsx.hpp"
#include "xlsx_book.hpp"

namespace pymes {

namespace {

// The texts a focal point reads, English msgids said in the context "workbook template" (their
// translations are in po/LANG.po); shown in the template's language with say().
constexpr const char* kContext = "workbook template";

const char* say(const char* msgid, Language l) { return trc_in(l, kContext, msgid); }

constexpr const char* kRequired = NC_("workbook template", "Required.");
constexpr const char* kOptional = NC_("workbook template", "Optional.");
constexpr const char* kDateNote = NC_("workbook template", "A date (YYYY-MM-DD).");
constexpr const char* kListNote = NC_("workbook template", "Choose from the list.");
constexpr const char* kCodesNote = NC_("workbook template", "Institution codes separated by ';'.");
constexpr const char* kTimeNote = NC_("workbook template", "Time HH:MM.");
constexpr const char* kAmountNote = NC_("workbook template", "A number with up to two decimals.");
// TRANSLATORS: the two choices of a yes/no column's drop-down list. They are read back by the
// import, which knows only true/false, yes/no, sí/no (also si), sim/não and 1/0: a translation must
// be one of these.
constexpr const char* kYes = NC_("workbook template", "yes");
// TRANSLATORS: as "yes": a word the import reads as false (false, no, 0).
constexpr const char* kNo = NC_("workbook template", "no");
// TRANSLATORS: the name of a sheet: at most 31 characters, and none of []:*?/ or a backslash.
constexpr const char* kInstructionsSheet = NC_("workbook template", "instructions");
// TRANSLATORS: the name of the (hidden) sheet that holds the drop-down lists: at most 31
// characters, and none of []:*?/' or a backslash.
constexpr const char* kListsSheet = NC_("workbook template", "lists");

constexpr const char* kInstructions[] = {
    NC_("workbook template", "How to fill in this workbook"),
    NC_("workbook template",
        "1. Write one row per record on the first sheet, from row 2. Do not change the header "
        "row."),
    NC_("workbook template", "2. Columns in bold red are required; each header has a note."),
    NC_("workbook template",
        "3. Use the drop-down lists for institutions, areas, statuses and yes/no."),
    NC_("workbook template",
        "4. Enter dates as dates (YYYY-MM-DD); lists of codes separated by ';'."),
    NC_("workbook template", "5. Save the file as .xlsx and send it to the coordination."),
    // TRANSLATORS: ENTITY, CODE and FILE stand for what the reader writes; the rest is typed as
    // it is.
    NC_("workbook template",
        "The coordination checks it with: pymes ENTITY import --as CODE --dry-run FILE.xlsx"),
    NC_("workbook template", "Columns:"),
};

std::string letters(std::size_t column) {
    std::string s;
    for (std::size_t c = column + 1; c > 0; c = (c - 1) / 26)
        s.insert(s.begin(), char('A' + (c - 1) % 26));
    return s;
}

void check(lxw_error e) {
    if (e != LXW_NO_ERROR)
        throw Error(Exit::io, trf("cannot write the workbook: {}", lxw_strerror(e)));
}

}  // namespace

TemplateList template_list(FieldType type) {
    switch (type) {
        case FieldType::institution:
            return TemplateList::codes;
        case FieldType::area:
            return TemplateList::areas;
        case FieldType::status:
            return TemplateList::statuses;
        case FieldType::boolean:
            return TemplateList::booleans;
        case FieldType::scope:
            return TemplateList::scopes;
        case FieldType::membership_kind:
            return TemplateList::kinds;
        default:
            return TemplateList::none;
    }
}

std::vector<const Field*> template_fields(const EntitySpec& spec) {
    std::vector<const Field*> out;
    for (const auto& f : spec.fields)
        if (f.type != FieldType::id && f.type != FieldType::uid && f.type != FieldType::recorded)
            out.push_back(&f);
    return out;
}

bool template_required(const Field& field) { return field.required && !registry_fills(field.type); }

std::string template_note(const Field& field, Language lang) {
    std::string note = say(template_required(field) ? kRequired : kOptional, lang);
    auto add = [&](const char* msgid) { note += std::string(" ") + say(msgid, lang); };
    switch (xlsx_cell_type(field.type)) {
        case XlsxCell::date:
            add(kDateNote);
            break;
        case XlsxCell::amount:
            add(kAmountNote);
            break;
        default:
            break;
    }
    if (field.type == FieldType::time) add(kTimeNote);
    if (field.type == FieldType::institutions) add(kCodesNote);
    if (template_list(field.type) != TemplateList::none) add(kListNote);
    return note;
}

void write_xlsx_template(Entity entity, const std::string& path, const TemplateOptions& options) {
    const Language lang = options.language;
    const EntitySpec& spec = *spec_of(entity);
    const auto fields = template_fields(spec);
    std::vector<std::string> columns;
    for (const Field* f : fields) columns.emplace_back(f->name);
    detail::Book book(path, false);
    lxw_workbook* wb = book.workbook;
    // The sheets are named in the template's language; the import reads the first sheet,
    // whatever its name.
    const std::string noun(entity_name(entity));
    const std::string data_name = trc_in(lang, "record", noun.c_str());
    const std::string lists_name = say(kListsSheet, lang);
    lxw_worksheet* sheet = workbook_add_worksheet(wb, data_name.c_str());
    lxw_worksheet* help = workbook_add_worksheet(wb, say(kInstructionsSheet, lang));
    lxw_worksheet* lists = workbook_add_worksheet(wb, lists_name.c_str());
    lxw_format* must = workbook_add_format(wb);
    format_set_bold(must);
    format_set_font_color(must, LXW_COLOR_RED);
    // Text columns are Text (`@`): what a focal point types there stays as typed (`007`, not 7;
    // `1E5`, `2026-01-05` or `3/4` not a number or a date).
    lxw_format* text = workbook_add_format(wb);
    format_set_num_format(text, "@");

    // The drop-down lists, one column each on a hidden sheet (a list typed into the validation
    // itself is limited to 255 characters).
    using L = TemplateList;
    std::array<std::vector<std::string>, 7> choices;
    choices[std::size_t(L::codes)] = options.institution_codes;
    for (const auto& code : area_codes())
        choices[std::size_t(L::areas)].push_back(area_label(code, lang));
    // Statuses in the template's language, agreeing with the entity (planificada, proyecto
    // aprobado): the import reads the Spanish and Portuguese words as it reads the English ones.
    for (Status st : statuses_of(entity))
        choices[std::size_t(L::statuses)].emplace_back(
            trc_in(lang, status_context(entity), status_name(st)));
    choices[std::size_t(L::booleans)] = {say(kYes, lang), say(kNo, lang)};
    choices[std::size_t(L::scopes)] = format_names(kScopeNames);
    // A founding signature is recorded once, dated by the agreement: never one a file adds.
    choices[std::size_t(L::kinds)] = {std::string(kind_name(MembershipKind::accession)),
                                      std::string(kind_name(MembershipKind::withdrawal))};
    for (std::size_t k = 1; k < choices.size(); ++k)
        for (std::size_t i = 0; i < choices[k].size(); ++i)
            check(worksheet_write_string(lists, lxw_row_t(i), lxw_col_t(k - 1),
                                         choices[k][i].c_str(), nullptr));
    worksheet_hide(lists);

    const lxw_row_t last = lxw_row_t(options.rows);
    const std::string& mine = options.institution;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const Field& field = *fields[c];
        const std::string& name = columns[c];
        const bool needed = template_required(field);
        const XlsxCell type = xlsx_cell_type(field.type);
        check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                                   detail::column_width(&field, name),
                                   type == XlsxCell::date     ? book.date
                                   : type == XlsxCell::amount ? book.amount
                                   : type == XlsxCell::text   ? text
                                                              : nullptr));
        check(worksheet_write_string(sheet, 0, lxw_col_t(c), name.c_str(),
                                     needed ? must : book.bold));
        const TemplateList choice = template_list(field.type);
        const std::string note = template_note(field, lang);
        check(worksheet_write_comment(sheet, 0, lxw_col_t(c), note.c_str()));
        if (choice != L::none && !choices[std::size_t(choice)].empty()) {
            const std::string range =
                fmt::format("='{0}'!${1}$1:${1}${2}", lists_name, letters(std::size_t(choice) - 1),
                            choices[std::size_t(choice)].size());
            lxw_data_validation v{};
            v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
            v.value_formula = const_cast<char*>(range.c_str());
            v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
            check(worksheet_data_validation_range(sheet, 1, lxw_col_t(c), last, lxw_col_t(c), &v));
        }
    }
    // --institution: the code in each row's own column. A formula that shows it once the row
    // holds anything, so that the rows left empty stay empty (and import as nothing).
    const std::string own(spec.owner()->name);
    const auto at = std::find(columns.begin(), columns.end(), own) - columns.begin();
    if (!mine.empty() && at < std::ptrdiff_t(columns.size())) {
        if (entity == Entity::institution) {
            check(worksheet_write_string(sheet, 1, lxw_col_t(at), mine.c_str(), text));
            for (const auto& [column, value] : options.own_fields) {
                const auto c = std::find(columns.begin(), columns.end(), column) - columns.begin();
                if (c < std::ptrdiff_t(columns.size()) && c != at && !value.empty())
                    check(worksheet_write_string(
                        sheet, 1, lxw_col_t(c), value.c_str(),
                        xlsx_cell_type(fields[std::size_t(c)]->type) == XlsxCell::text ? text
                                                                                       : nullptr));
            }
        } else {
            for (lxw_row_t r = 1; r <= last; ++r) {
                std::vector<std::string> others;
                if (at > 0)
                    others.push_back(
                        fmt::format("A{0}:{1}{0}", r + 1, letters(std::size_t(at) - 1)));
                if (std::size_t(at) + 1 < columns.size())
                    others.push_back(fmt::format("{1}{0}:{2}{0}", r + 1,
                                                 letters(std::size_t(at) + 1),
                                                 letters(columns.size() - 1)));
                const std::string formula =
                    fmt::format("=IF(COUNTA({})=0,\"\",\"{}\")", fmt::join(others, ","), mine);
                check(worksheet_write_formula_str(sheet, r, lxw_col_t(at), formula.c_str(), nullptr,
                                                  ""));
            }
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);

    // The instructions.
    check(worksheet_set_column(help, 0, 0, 100, nullptr));
    lxw_row_t r = 0;
    for (const auto& line : kInstructions) {
        check(worksheet_write_string(help, r, 0, say(line, lang), r == 0 ? book.bold : nullptr));
        ++r;
    }
    for (const Field* field : fields) {
        const bool needed = template_required(*field);
        const std::string line =
            fmt::format("  {} — {}", field->name, say(needed ? kRequired : kOptional, lang));
        check(worksheet_write_string(help, r++, 0, line.c_str(), needed ? must : nullptr));
    }
    worksheet_activate(sheet);
    book.close();
}

}  // namespace pymes
