#include "pymes/report/render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "pymes/core/errors.hpp"
#include "pymes/core/text.hpp"
#include "pymes/io/formats.hpp"

namespace pymes {

namespace {

/// A cell for a one-line table: the line breaks and tabs of a long field become spaces; any
/// other control character (from a registry another program wrote) is shown escaped, never raw.
std::string one_line(const Cell& cell) {
    std::string s = cell.label.empty() ? cell.flat() : cell.label;
    for (char& c : s)
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    return text::visible(s);
}

bool numeric(const Cell& cell) {
    return cell.kind == Cell::Kind::integer || cell.kind == Cell::Kind::decimal;
}

void pad(std::ostream& out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) out.put(' ');
}

std::string cut(const std::string& s, std::size_t width) {
    if (text::display_width(s) <= width) return s;
    if (width == 0) return {};
    return std::string(text::fit(s, width - 1)) + "…";
}

}  // namespace

void render_table(std::ostream& out, const Table& table, const TableStyle& style) {
    const std::size_t n = table.columns.size();
    std::vector<std::vector<std::string>> cells;
    cells.reserve(table.rows.size());
    std::vector<std::size_t> width(n);
    for (std::size_t c = 0; c < n; ++c) width[c] = text::display_width(table.columns[c]);
    for (const auto& row : table.rows) {
        auto& line = cells.emplace_back();
        for (std::size_t c = 0; c < n; ++c) {
            line.push_back(one_line(row[c]));
            width[c] = std::max(width[c], text::display_width(line.back()));
        }
    }
    // A column of numbers (nulls aside) is right-aligned, its heading too.
    std::vector<bool> right(n, false);
    for (std::size_t c = 0; c < n; ++c) {
        bool any = false, all = true;
        for (const auto& row : table.rows) {
            if (row[c].kind == Cell::Kind::null) continue;
            any = true;
            all = all && numeric(row[c]);
        }
        right[c] = any && all;
    }
    // On a terminal too narrow for the table: leave out the columns of low value, then shorten
    // long text (never below kShortest), and only then leave out the expendable columns. Dates,
    // codes and ids are never cut: a table of them alone may stay wider than the terminal.
    constexpr std::size_t kGap = 2, kShortest = 10;
    std::vector<ColumnFit> fit = table.fit;
    if (fit.size() != n) {
        // No description of the columns: text with spaces may be shortened, nothing dropped.
        fit.assign(n, ColumnFit{});
        for (std::size_t c = 0; c < n; ++c)
            for (const auto& line : cells)
                if (line[c].find(' ') != std::string::npos) fit[c].shorten = true;
    }
    std::vector<bool> shown(n, true);
    auto shortest = [&](std::size_t c) {
        return fit[c].shorten ? std::min(width[c], kShortest) : width[c];
    };
    auto total = [&](bool shortened) {
        std::size_t sum = 0, count = 0;
        for (std::size_t c = 0; c < n; ++c) {
            if (!shown[c]) continue;
            sum += shortened ? shortest(c) : width[c];
            ++count;
        }
        return count ? sum + kGap * (count - 1) : 0;
    };
    auto leave_out = [&](std::uint8_t from) {
        std::size_t pick = n;
        for (std::size_t c = 0; c < n; ++c)
            if (shown[c] && fit[c].drop >= from && (pick == n || fit[c].drop > fit[pick].drop))
                pick = c;
        if (pick == n) return false;
        shown[pick] = false;
        return true;
    };
    if (style.max_width > 0 && n > 0) {
        while (total(false) > style.max_width && leave_out(kLowValue)) {
        }
        while (total(true) > style.max_width && leave_out(1)) {
        }
        while (total(false) > style.max_width) {
            std::size_t widest = n;
            for (std::size_t c = 0; c < n; ++c)
                if (shown[c] && width[c] > shortest(c) && (widest == n || width[c] > width[widest]))
                    widest = c;
            if (widest == n) break;
            --width[widest];
        }
    }
    std::vector<std::size_t> order;
    for (std::size_t c = 0; c < n; ++c)
        if (shown[c]) order.push_back(c);
    auto emit = [&](const std::vector<std::string>& line, bool heading) {
        // Trailing empty cells are not padded: no line ends in blanks.
        std::size_t used = order.size();
        while (used > 1 && line[order[used - 1]].empty()) --used;
        for (std::size_t i = 0; i < used; ++i) {
            const std::size_t c = order[i];
            std::string s = cut(line[c], width[c]);
            std::size_t gap = width[c] - text::display_width(s);
            const bool last = i + 1 == used;
            if (right[c]) pad(out, gap);
            if (heading && style.color)
                out << "\x1b[1m" << s << "\x1b[0m";
            else
                out << s;
            if (!last && !right[c]) pad(out, gap);
            if (!last) pad(out, kGap);
        }
        out << '\n';
    };
    emit(table.columns, true);
    for (const auto& line : cells) emit(line, false);
}

void render_record(std::ostream& out, const Table& one_row, Format format,
                   const TableStyle& style) {
    if (one_row.rows.empty()) return;
    const Row& row = one_row.rows.front();
    switch (format) {
        case Format::csv:
            render_csv(out, one_row, CsvStyle{});
            return;
        case Format::json:
            write_json_object(out, one_row.columns, row);
            out << '\n';
            return;
        case Format::table:
            break;
    }
    std::size_t label = 0;
    for (const auto& c : one_row.columns) label = std::max(label, text::display_width(c));
    for (std::size_t c = 0; c < one_row.columns.size(); ++c) {
        const std::string& name = one_row.columns[c];
        if (style.color)
            out << "\x1b[1m" << name << ":\x1b[0m";
        else
            out << name << ':';
        std::string value = text::visible(row[c].label.empty() ? row[c].flat() : row[c].label,
                                          text::Lines::several);
        if (value.empty()) {
            out << '\n';
            continue;
        }
        pad(out, label - text::display_width(name) + 1);
        // Continuation lines of a multi-line value line up under its first line.
        for (char ch : value) {
            out.put(ch);
            if (ch == '\n') pad(out, label + 2);
        }
        out << '\n';
    }
}

void render_detail(std::ostream& out, const Table& one_row, const std::vector<Section>& sections,
                   Format format, const TableStyle& style) {
    if (one_row.rows.empty()) return;
    switch (format) {
        case Format::csv:
            render_csv(out, one_row, CsvStyle{});
            return;
        case Format::json: {
            // The record's object with each section as an array of objects, by the one JSON
            // writer of formats.cpp (the lists' and exports' too).
            std::ostringstream head;
            write_json_object(head, one_row.columns, one_row.rows.front());
            std::string object = std::move(head).str();
            object.pop_back();  // its '}': the sections follow
            out << object;
            for (const auto& section : sections) {
                out.put(',');
                write_json_string(out, section.name);
                out << ":[";
                for (std::size_t r = 0; r < section.table.rows.size(); ++r) {
                    if (r) out.put(',');
                    write_json_object(out, section.table.columns, section.table.rows[r]);
                }
                out.put(']');
            }
            out << "}\n";
            return;
        }
        case Format::table:
            break;
    }
    render_record(out, one_row, Format::table, style);
    for (const auto& section : sections) {
        if (section.table.rows.empty()) continue;
        out << '\n' << section.name << ":\n";
        render_table(out, section.table, style);
    }
}

}  // namespace pymes
