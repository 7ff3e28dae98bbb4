// The annual report for people as text (prose wrapped at 72 columns, aligned tables, bars of
// '#') and Markdown (pipe tables); the choice of renderer.
#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"
#include "report/annual_model.hpp"

namespace pymes {

using namespace annual_model;

AnnualFormat parse_annual_format(std::string_view s) {
    if (auto f = format_named<AnnualFormat>(kAnnualFormatNames, s)) return *f;
    throw UsageError(trf("unknown report format '{}'", s), tr("use text, markdown, html or json"));
}

void render_annual_report(std::ostream& out, const AnnualReport& report, AnnualFormat format) {
    switch (format) {
        case AnnualFormat::text:
            render_annual_text(out, document(report));
            break;
        case AnnualFormat::markdown:
            render_annual_markdown(out, document(report));
            break;
        case AnnualFormat::html:
            render_annual_html(out, document(report));
            break;
        case AnnualFormat::json:
            render_annual_json(out, report);
            break;
    }
}

namespace {

constexpr std::size_t kWidth = 72;
constexpr std::size_t kBar = 30;  // the longest bar of a text chart, in characters

std::vector<std::string> words_of(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(text::visible(s, text::Lines::several));
    std::string w;
    while (in >> w) out.push_back(w);
    return out;
}

/// Words into lines of at most `width` columns (a longer word is broken).
std::vector<std::string> fill(const std::string& s, std::size_t width) {
    return text::wrap(text::visible(s, text::Lines::several), width);
}

void wrap(std::ostream& out, const std::string& s, const std::string& first,
          const std::string& rest) {
    const auto lines = fill(s, kWidth - text::display_width(first));
    for (std::size_t i = 0; i < lines.size(); ++i) out << (i ? rest : first) << lines[i] << '\n';
}

/// A heading wrapped at 72 columns, underlined as wide as its widest line.
void underline(std::ostream& out, const std::string& heading, char c) {
    std::size_t width = 0;
    for (const auto& line : fill(heading, kWidth)) {
        out << line << '\n';
        width = std::max(width, text::display_width(line));
    }
    out << std::string(width, c) << '\n';
}

void pad(std::ostream& out, std::size_t n) { out << std::string(n, ' '); }

void text_table(std::ostream& out, const Table& t) {
    const std::size_t n = t.header.size();
    std::vector<std::size_t> width(n, 0);
    for (const auto& row : t.rows)
        for (std::size_t c = 0; c < n && c < row.size(); ++c)
            width[c] = std::max(width[c], text::display_width(text::visible(row[c])));
    // A heading wraps at its words to the column its values need (never under its longest
    // word while the table fits 72 columns); two spaces between columns, one when two would
    // not fit; past that, the widest headings are broken inside their words (the values never).
    const std::vector<std::size_t> values = width;
    for (std::size_t c = 0; c < n; ++c)
        for (const auto& w : words_of(t.header[c]))
            width[c] = std::max(width[c], text::display_width(w));
    std::size_t total = 0;
    for (std::size_t c = 0; c < n; ++c) total += width[c] + (c ? 2 : 0);
    const std::size_t sep = total > kWidth ? 1 : 2;
    if (sep == 1) total -= n - 1;
    while (total > kWidth) {
        std::size_t widest = n;
        for (std::size_t c = 0; c < n; ++c)
            if (width[c] > std::max<std::size_t>(values[c], 4) &&
                (widest == n || width[c] > width[widest]))
                widest = c;
        if (widest == n) break;  // values alone are wider than the line: they stay whole
        --width[widest];
        --total;
    }
    std::vector<std::vector<std::string>> head(n);
    std::size_t head_lines = 1;
    for (std::size_t c = 0; c < n; ++c) {
        head[c] = fill(t.header[c], width[c]);
        head_lines = std::max(head_lines, head[c].size());
    }
    std::string line;  // a blank cell at the end leaves no trailing space
    auto cell = [&](const std::string& s, std::size_t c, bool right) {
        const std::string v = text::visible(s);
        const std::string gap(width[c] - std::min(width[c], text::display_width(v)), ' ');
        if (c) line += std::string(sep, ' ');
        line += right ? gap + v : v + gap;
    };
    auto end_line = [&] {
        line.erase(line.find_last_not_of(' ') + 1);
        out << line << '\n';
        line.clear();
    };
    for (std::size_t i = 0; i < head_lines; ++i) {
        for (std::size_t c = 0; c < n; ++c) {
            const std::size_t blank = head_lines - head[c].size();  // headings sit on the rule
            cell(i < blank ? "" : head[c][i - blank], c, c > 0);
        }
        end_line();
    }
    const std::string rule(total, '-');
    out << rule << '\n';
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        if (t.total_row && r + 1 == t.rows.size()) out << rule << '\n';
        for (std::size_t c = 0; c < n; ++c)
            cell(c < t.rows[r].size() ? t.rows[r][c] : "", c, c > 0);
        end_line();
    }
}

void text_chart(std::ostream& out, const std::string& title, const Chart& chart) {
    wrap(out, title, "", "");
    std::int64_t max = 0;
    std::size_t label = 0, value = 0;
    for (const auto& b : chart.bars) {
        max = std::max(max, b.value);
        label = std::max(label, text::display_width(text::visible(b.label)));
        value = std::max(value, std::to_string(b.value).size());
    }
    for (const auto& b : chart.bars) {
        const std::string l = text::visible(b.label), v = std::to_string(b.value);
        out << l;
        pad(out, label - text::display_width(l) + 2 + value - v.size());
        out << v;
        const std::size_t bar = max ? std::size_t(b.value * std::int64_t(kBar) / max) : 0;
        if (bar) out << ' ' << std::string(bar, '#');
        out << '\n';
    }
}

std::string md(const std::string& s) {
    std::string out;
    for (char c : text::visible(s, text::Lines::several)) {
        if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

void md_table(std::ostream& out, const Table& t) {
    out << '|';
    for (const auto& h : t.header) out << ' ' << md(h) << " |";
    out << "\n|";
    for (std::size_t c = 0; c < t.header.size(); ++c) out << (c ? " ---: |" : " --- |");
    out << '\n';
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const bool total = t.total_row && r + 1 == t.rows.size();
        out << '|';
        for (const auto& v : t.rows[r])
            out << ' ' << (total && !v.empty() ? "**" + md(v) + "**" : md(v)) << " |";
        out << '\n';
    }
}

}  // namespace

void render_annual_text(std::ostream& out, const Document& d) {
    underline(out, d.title, '=');
    wrap(out, d.subtitle, "", "");
    for (const auto& b : d.blocks) {
        switch (b.kind) {
            case Kind::heading: {
                out << '\n';
                underline(out, b.text, '-');
                break;
            }
            case Kind::paragraph:
                wrap(out, b.text, "", "");
                break;
            case Kind::list:
                for (const auto& item : b.items) {
                    wrap(out, item.text, "- ", "  ");
                    for (const auto& detail : item.details) wrap(out, detail, "  ", "    ");
                }
                break;
            case Kind::table:
                text_table(out, b.table);
                break;
            case Kind::chart:
                out << '\n';
                text_chart(out, b.text, b.chart);
                break;
        }
    }
}

void render_annual_markdown(std::ostream& out, const Document& d) {
    out << "# " << md(d.title) << "\n\n" << md(d.subtitle) << '\n';
    Kind previous = Kind::heading;
    for (const auto& b : d.blocks) {
        if (b.kind != Kind::list || previous != Kind::list) out << '\n';
        switch (b.kind) {
            case Kind::heading:
                out << "## " << md(b.text) << '\n';
                break;
            case Kind::paragraph:
                out << md(b.text) << '\n';
                break;
            case Kind::list:
                for (const auto& item : b.items) {
                    out << "- " << md(item.text) << '\n';
                    for (const auto& detail : item.details) out << "  - " << md(detail) << '\n';
                }
                break;
            case Kind::table:
                md_table(out, b.table);
                break;
            case Kind::chart: {
                Table t{{b.chart.label_heading, b.chart.value_heading}, {}, false, false};
                for (const auto& bar : b.chart.bars)
                    t.rows.push_back({bar.label, std::to_string(bar.value)});
                out << "**" << md(b.text) << "**\n\n";
                md_table(out, t);
                break;
            }
        }
        previous = b.kind;
    }
}

}  // namespace pymes
