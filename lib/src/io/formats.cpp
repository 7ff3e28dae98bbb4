#include "pymes/io/formats.hpp"

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"

namespace pymes {

Format parse_format(std::string_view s) {
    if (auto f = format_named<Format>(kFormatNames, s)) return *f;
    throw UsageError(trf("unknown format '{}'", s),
                     trf("use {}", or_list(format_names(kFormatNames))));
}

bool spreadsheet_reads_as_value(std::string_view field) {
    while (!field.empty() && field.front() == ' ') field.remove_prefix(1);
    while (!field.empty() && field.back() == ' ') field.remove_suffix(1);
    if (field.empty()) return false;
    std::string folded;
    for (char c : field) folded += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    // The booleans of the languages a spreadsheet here speaks (TRUE, VERDADERO, VERDADEIRO).
    for (std::string_view b : {"true", "false", "verdadero", "falso", "verdadeiro"})
        if (folded == b) return true;
    // A number, a percentage, an amount, a fraction, a date or a time: digits with separators,
    // signs and currency symbols, and at most words of a date or a number (month names in
    // English, Spanish or Portuguese, am/pm, an exponent, ISO's T).
    static constexpr std::string_view kWords[] = {
        "e",         "t",        "am",        "pm",         "jan",       "feb",       "mar",
        "apr",       "may",      "jun",       "jul",        "aug",       "sep",       "sept",
        "oct",       "nov",      "dec",       "ene",        "abr",       "ago",       "dic",
        "fev",       "mai",      "set",       "out",        "dez",       "january",   "february",
        "march",     "april",    "june",      "july",       "august",    "september", "october",
        "november",  "december", "enero",     "febrero",    "marzo",     "abril",     "mayo",
        "junio",     "julio",    "agosto",    "septiembre", "setiembre", "octubre",   "noviembre",
        "diciembre", "janeiro",  "fevereiro", "maio",       "junho",     "julho",     "setembro",
        "outubro",   "novembro", "dezembro"};
    bool digit = false;
    for (std::size_t i = 0; i < folded.size();) {
        const char c = folded[i];
        if (c >= '0' && c <= '9') {
            digit = true;
            ++i;
        } else if (std::string_view(" .,:/-+%()$").find(c) != std::string_view::npos) {
            ++i;
        } else if (folded.compare(i, 3, "\xE2\x82\xAC") == 0 ||
                   folded.compare(i, 2, "\xC2\xA3") == 0 ||
                   folded.compare(i, 2, "\xC2\xA0") == 0) {  // € £ and a no-break space
            i += folded[i] == '\xE2' ? 3 : 2;
        } else if (c >= 'a' && c <= 'z') {
            std::size_t end = i;
            while (end < folded.size() && folded[end] >= 'a' && folded[end] <= 'z') ++end;
            const std::string_view word(folded.data() + i, end - i);
            if (std::find(std::begin(kWords), std::end(kWords), word) == std::end(kWords))
                return false;
            i = end;
        } else {
            return false;
        }
    }
    return digit;
}

std::string spreadsheet_safe(std::string_view field) {
    static constexpr std::string_view kFullWidth[] = {
        "\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0"};  // ＝ ＋ － ＠
    bool risky = !field.empty() &&
                 std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos;
    for (auto fw : kFullWidth) risky = risky || field.substr(0, fw.size()) == fw;
    // A value that really begins with ' before one of those gets one more, which import
    // --excel takes off again: the escaping round trips.
    risky = risky || (field.size() >= 2 && field.front() == '\'' &&
                      spreadsheet_safe(field.substr(1)).size() > field.size() - 1);
    if (risky) return "'" + std::string(field);
    // Text a spreadsheet would read as a number, a date or a boolean (007, 1E5, 1/2,
    // 2026-01-05, TRUE) is written as a formula that gives that text, ="007": Calc and Excel
    // show 007 and save it as 007; a spreadsheet that does not evaluate formulas keeps ="007",
    // which import --excel reads as 007 (it holds no quote: nothing runs but the text).
    // Past 255 bytes (the most a formula's text may hold), a leading ' as for formulas: Calc
    // keeps it and the text, and import --excel takes it off.
    if (spreadsheet_reads_as_value(field))
        return field.size() <= 255 ? "=\"" + std::string(field) + "\"" : "'" + std::string(field);
    return std::string(field);
}

void write_csv_field(std::string& out, std::string_view field, const CsvStyle& style) {
    // One pass, a character at a time: find_first_of with a set called memchr on the set for
    // every character of the field (a third of an export's time).
    const char d = style.delimiter;
    bool quote = false;
    for (char c : field)
        if (c == d || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    if (style.quote_for_spreadsheets && !field.empty())
        quote = quote || field.find_first_of(",;") != std::string_view::npos ||
                field.front() == ' ' || field.back() == ' ' || field.front() == '\t' ||
                field.back() == '\t';
    if (!quote) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void write_csv_field(std::ostream& out, std::string_view field, char delimiter) {
    CsvStyle style;
    style.delimiter = delimiter;
    std::string buffer;
    write_csv_field(buffer, field, style);
    out << buffer;
}

void render_csv(std::ostream& out, const Table& table, const CsvStyle& style) {
    const char* eol = style.crlf ? "\r\n" : "\n";
    if (style.bom) out << "\xEF\xBB\xBF";
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (c) out.put(style.delimiter);
        write_csv_field(out, table.columns[c], style.delimiter);
    }
    out << eol;
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c) out.put(style.delimiter);
            const bool is_text = row[c].kind == Cell::Kind::text || row[c].kind == Cell::Kind::list;
            std::string value = row[c].flat();
            if (style.spreadsheet_safe && is_text) value = spreadsheet_safe(value);
            std::string field;
            write_csv_field(field, value, style);
            out << field;
        }
        out << eol;
    }
}

void write_json_string(std::ostream& out, std::string_view s) {
    // nlohmann's serializer writes the string (one JSON writer for the lists, the exports and
    // `show`); a text that is not UTF-8 (only from a registry another program wrote) is made
    // valid first, as the CSV writer does, so that the JSON stays valid.
    const nlohmann::json value(text::valid_utf8(s) ? std::string(s) : text::to_valid_utf8(s));
    out << value.dump();
}

void write_json_cell(std::ostream& out, const Cell& cell) {
    switch (cell.kind) {
        case Cell::Kind::null:
            out << "null";
            break;
        case Cell::Kind::text:
            write_json_string(out, cell.text);
            break;
        case Cell::Kind::decimal:
            write_json_string(out, cell.text);
            break;  // an amount: no reader rounds it
        case Cell::Kind::json:
            out << cell.text;
            break;
        case Cell::Kind::integer:
            out << cell.integer;
            break;
        case Cell::Kind::boolean:
            out << (cell.boolean ? "true" : "false");
            break;
        case Cell::Kind::list:
            out.put('[');
            for (std::size_t i = 0; i < cell.items.size(); ++i) {
                if (i) out.put(',');
                write_json_string(out, cell.items[i]);
            }
            out.put(']');
            break;
    }
}

void write_json_object(std::ostream& out, const std::vector<std::string>& columns, const Row& row) {
    out.put('{');
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (c) out.put(',');
        write_json_string(out, columns[c]);
        out.put(':');
        write_json_cell(out, row[c]);
    }
    out.put('}');
}

void render_json(std::ostream& out, const Table& table) {
    if (table.rows.empty()) {
        out << "[]\n";
        return;
    }
    out << "[\n";
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        write_json_object(out, table.columns, table.rows[r]);
        out << (r + 1 < table.rows.size() ? ",\n" : "\n");
    }
    out << "]\n";
}

}  // namespace pymes
