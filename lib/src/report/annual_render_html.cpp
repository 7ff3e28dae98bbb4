// The annual report as one self-contained HTML page: inline CSS, no script, no outside resource;
// counts drawn as inline SVG bar charts, each named by its caption and described by a table that
// screen readers read (visually hidden); printed on A4 (@page, print rules); on a 360-pixel phone
// nothing scrolls sideways and no number or word that fits a line breaks (only a longer word
// wraps; a wide table scrolls in its own box; the area columns of the activity table stand
// upright; charts take the page's width and keep 13-pixel letters).
#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "pymes/core/text.hpp"
#include "report/annual_model.hpp"
#include "report/html.hpp"

namespace pymes {

using namespace annual_model;

namespace {

std::string html(const std::string& raw) {
    return html_escape(text::visible(raw, text::Lines::several));
}

// Words break only when one is wider than the line (overflow-wrap:break-word, never `anywhere`,
// which lets a table's columns shrink below a word and split `2025` or `aprobado`); a table wider
// than a phone scrolls inside its own box (.table); numbers keep to one line (td: nowrap).
constexpr const char* kStyle =
    "@page{size:A4;margin:16mm 14mm}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;background:#fff;color:#1f2933;font-family:Arial,Helvetica,sans-serif;"
    "font-size:15px;line-height:1.45;overflow-wrap:break-word}\n"
    "main{max-width:860px;margin:0 auto;padding:16px}\n"
    "h1{font-size:24px;line-height:1.25;color:#0b4f6c;margin:0 0 6px}\n"
    "h2{font-size:18px;color:#0b4f6c;border-bottom:1px solid #d9dde3;padding-bottom:3px;"
    "margin:28px 0 10px}\n"
    ".sub{color:#52606d;margin:0 0 12px}\n"
    "ul{padding-left:20px;margin:8px 0}\n"
    "li{margin:0 0 6px}\n"
    ".detail{display:block;color:#52606d;font-size:13px}\n"
    ".table{max-width:100%;overflow-x:auto;margin:8px 0 12px}\n"
    "table{border-collapse:collapse;font-size:14px}\n"
    "th,td{border-bottom:1px solid #e4e7eb;padding:4px 8px;text-align:right;"
    "vertical-align:bottom}\n"
    "td{white-space:nowrap}\n"
    "th:first-child,td:first-child{text-align:left}\n"
    "thead th{background:#f4f5f7}\n"
    "tfoot th,tfoot td{font-weight:bold;border-top:2px solid #9aa5b1}\n"
    "figure{margin:16px 0}\n"
    "figcaption{font-weight:bold;margin:0 0 6px}\n"
    "svg{display:block;width:100%;max-width:680px}\n"
    ".sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;"
    "clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}\n"
    ".matrix thead th+th{writing-mode:vertical-rl;transform:rotate(180deg);text-align:left;"
    "vertical-align:top}\n"
    "@media (max-width:600px){main{padding:10px}table{font-size:13px}th,td{padding:3px 4px}}\n"
    "@media print{body{font-size:10pt;color:#000}main{max-width:none;padding:0}"
    "h1,h2{color:#000;break-after:avoid}.table{overflow:visible}"
    "table,figure,li{break-inside:avoid}thead{display:table-header-group}"
    "tr{break-inside:avoid}svg{max-width:160mm}}\n";

void table(std::ostream& out, const Table& t, const std::string& attributes) {
    out << "<table" << attributes << ">\n<thead><tr>";
    for (const auto& h : t.header) out << "<th scope=\"col\">" << html(h) << "</th>";
    out << "</tr></thead>\n<tbody>\n";
    auto row = [&](const std::vector<std::string>& r) {
        out << "<tr>";
        for (std::size_t c = 0; c < r.size(); ++c)
            out << (c ? "<td>" : "<th scope=\"row\">") << html(r[c]) << (c ? "</td>" : "</th>");
        out << "</tr>\n";
    };
    const std::size_t body = t.rows.size() - (t.total_row && !t.rows.empty() ? 1 : 0);
    for (std::size_t r = 0; r < body; ++r) row(t.rows[r]);
    out << "</tbody>\n";
    if (body < t.rows.size()) {
        out << "<tfoot>";
        row(t.rows.back());
        out << "</tfoot>\n";
    }
    out << "</table>\n";
}

std::int64_t max_of(const Chart& c) {
    std::int64_t max = 0;
    for (const auto& b : c.bars) max = std::max(max, b.value);
    return max;
}

/// `thousandths` of the chart's width as an SVG length, a percentage with one decimal ("37.5%").
/// Charts have no viewBox: their geometry is a share of the width the page gives them and their
/// letters keep their size in CSS pixels, 13 px on a 360-pixel phone as on a desktop (a chart
/// scaled to a phone's width drew them 6 px tall). Integer arithmetic, so the bytes are the same on
/// every machine.
std::string share(std::int64_t thousandths) {
    return fmt::format("{}.{}%", thousandths / 10, thousandths % 10);
}

/// Horizontal bars, one per label: the label on a line of its own (the whole width is there for
/// a long name), under it the bar and its value.
void bars(std::ostream& out, const Chart& c) {
    constexpr int kRow = 40, kFull = 850;  // a row's height in px; the longest bar, in ‰
    const std::int64_t max = max_of(c);
    out << fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"{}\" "
        "font-size=\"13\">\n",
        int(c.bars.size()) * kRow);
    for (std::size_t i = 0; i < c.bars.size(); ++i) {
        const auto& b = c.bars[i];
        const int y = int(i) * kRow;
        std::int64_t w = max ? b.value * kFull / max : 0;
        if (b.value > 0 && w < 3) w = 3;
        out << fmt::format(
            "<text x=\"0\" y=\"{}\">{}</text>"
            "<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"#2c7fb8\"/>"
            "<text x=\"{}\" dx=\"4\" y=\"{}\">{}</text>\n",
            y + 14, html(b.label), y + 19, share(w), share(w), y + 32, b.value);
    }
}

/// Vertical bars along years, as wide as the page. Under a bar its label and over it its
/// value, for the first, the last and every fifth bar (every tenth, … when they are many), no
/// two closer than about 45 px on a 300-pixel chart.
void columns(std::ostream& out, const Chart& c) {
    constexpr int kPlot = 160, kTop = 20;
    const int n = std::max<int>(1, int(c.bars.size()));
    const int stride = 5 * std::max(1, (3 * n + 99) / 100);
    const std::int64_t max = max_of(c);
    out << fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"{}\" "
        "font-size=\"13\">\n"
        "<line x1=\"0\" y1=\"{}\" x2=\"100%\" y2=\"{}\" stroke=\"#9aa5b1\"/>\n",
        kTop + kPlot + 22, kTop + kPlot, kTop + kPlot);
    for (int i = 0; i < int(c.bars.size()); ++i) {
        const auto& b = c.bars[std::size_t(i)];
        std::int64_t h = max ? b.value * kPlot / max : 0;
        if (b.value > 0 && h == 0) h = 1;
        const std::int64_t x = std::int64_t(i) * 1000 / n, next = std::int64_t(i + 1) * 1000 / n;
        out << fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#2c7fb8\"/>",
                           share(x), kTop + kPlot - h,
                           share(std::max<std::int64_t>(1, (next - x) * 4 / 5)), h);
        const bool last = i + 1 == int(c.bars.size());
        if (last || (i % stride == 0 && n - 1 - i >= stride)) {
            // The first label starts at its bar and the last ends at its own: none is cut off.
            const char* anchor = i == 0 ? "start" : last ? "end" : "middle";
            const std::int64_t at = i == 0 ? x
                                    : last ? x + (next - x) * 4 / 5
                                           : x + (next - x) * 2 / 5;
            out << fmt::format(
                "<text x=\"{0}\" y=\"{1}\" text-anchor=\"{2}\">{3}</text>"
                "<text x=\"{0}\" y=\"{4}\" text-anchor=\"{2}\">{5}</text>",
                share(at), kTop + kPlot - h - 4, anchor, b.value, kTop + kPlot + 17, html(b.label));
        }
        out << '\n';
    }
}

void chart(std::ostream& out, const std::string& title, const Chart& c) {
    const std::string id = "chart-" + c.id;
    out << "<figure>\n<figcaption id=\"" << id << "-title\">" << html(title) << "</figcaption>\n";
    std::ostringstream svg;
    if (c.columns)
        columns(svg, c);
    else
        bars(svg, c);
    // The chart's name and the table that says what it draws, for screen readers.
    std::string drawn = svg.str();
    const std::string open = "<svg xmlns=\"http://www.w3.org/2000/svg\"";
    drawn.replace(0, open.size(),
                  open + " role=\"img\" aria-labelledby=\"" + id + "-title\" aria-describedby=\"" +
                      id + "-data\"");
    out << drawn << "</svg>\n";
    Table data{{c.label_heading, c.value_heading}, {}, false, false};
    for (const auto& b : c.bars) data.rows.push_back({b.label, std::to_string(b.value)});
    // Hidden in a 1-pixel box: a table itself is never narrower than its content.
    out << "<div class=\"sr-only\">\n";
    table(out, data, " id=\"" + id + "-data\"");
    out << "</div>\n";
    out << "</figure>\n";
}

}  // namespace

void render_annual_html_content(std::ostream& out, const Document& d) {
    out << "<h1>" << html(d.title) << "</h1>\n<p class=\"sub\">" << html(d.subtitle) << "</p>\n";
    for (const auto& b : d.blocks) {
        switch (b.kind) {
            case Kind::heading:
                out << "<h2>" << html(b.text) << "</h2>\n";
                break;
            case Kind::paragraph:
                out << "<p>" << html(b.text) << "</p>\n";
                break;
            case Kind::list:
                out << "<ul>\n";
                for (const auto& item : b.items) {
                    out << "<li>" << html(item.text);
                    for (const auto& detail : item.details)
                        out << "<span class=\"detail\">" << html(detail) << "</span>";
                    out << "</li>\n";
                }
                out << "</ul>\n";
                break;
            case Kind::table:
                // A table wider than a phone scrolls in its own box, not the page.
                out << "<div class=\"table\">";
                table(out, b.table, b.table.vertical_head ? " class=\"matrix\"" : "");
                out << "</div>\n";
                break;
            case Kind::chart:
                chart(out, b.text, b.chart);
                break;
        }
    }
}

void render_annual_html(std::ostream& out, const Document& d) {
    out << "<!DOCTYPE html>\n<html lang=\"" << language_code(d.language)
        << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        << html(d.title) << "</title>\n<style>\n"
        << kStyle << "</style>\n</head>\n<body>\n<main>\n";
    render_annual_html_content(out, d);
    out << "</main>\n</body>\n</html>\n";
}

}  // namespace pymes
