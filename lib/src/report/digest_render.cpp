// The digest for people: text wrapped at 72 columns, Markdown, one self-contained HTML page.
#include <fmt/format.h>

#include <sstream>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"
#include "report/digest_model.hpp"
#include "report/html.hpp"

namespace pymes {

using namespace digest_model;

DigestFormat parse_digest_format(std::string_view s) {
    if (auto f = format_named<DigestFormat>(kDigestFormatNames, s)) return *f;
    throw UsageError(trf("unknown digest format '{}'", s), tr("use text, markdown, html or json"));
}

namespace {

// ---- text, wrapped at 72 columns --------------------------------------------------------

constexpr std::size_t kWidth = 72;

/// `text` in lines of at most 72 columns: the first after `indent` spaces and `first_prefix`,
/// the others indented under the first's text. A word longer than the line is broken.
void wrap(std::ostream& out, const std::string& text, std::size_t indent,
          const std::string& first_prefix) {
    const std::string first = std::string(indent, ' ') + first_prefix;
    const std::string hanging(text::display_width(first), ' ');
    const auto lines = text::wrap(text::visible(text, text::Lines::several),
                                  kWidth - std::min(kWidth / 2, hanging.size()));
    for (std::size_t i = 0; i < lines.size(); ++i) out << (i ? hanging : first) << lines[i] << '\n';
}

/// A heading wrapped at 72 columns, underlined as wide as its widest line.
void underline(std::ostream& out, const std::string& heading, char c) {
    const auto lines = text::wrap(text::visible(heading), kWidth);
    std::size_t width = 0;
    for (const auto& line : lines) {
        out << line << '\n';
        width = std::max(width, text::display_width(line));
    }
    out << std::string(width, c) << '\n';
}

/// A command to type, indented: a long one goes on over several lines, broken before an option
/// (never between an option and its value), each line but the last ending in ` \` so that it
/// still pastes into a shell as one command.
void command(std::ostream& out, const std::string& cmd) {
    std::vector<std::string> groups;  // `pymes`, `activity`, ..., `--from 2026-11-16`, ...
    std::istringstream in(text::visible(cmd));
    for (std::string word; in >> word;) {
        if (!groups.empty() && groups.back().starts_with("--") &&
            groups.back().find(' ') == std::string::npos && !word.starts_with("-"))
            groups.back() += ' ' + word;
        else
            groups.push_back(word);
    }
    std::vector<std::string> lines(1);
    for (const auto& g : groups) {
        const std::size_t room = kWidth - (lines.size() == 1 ? 2 : 4) - 2;  // indent, " \"
        const std::string& line = lines.back();
        if (!line.empty() && text::display_width(line) + 1 + text::display_width(g) > room)
            lines.emplace_back();
        lines.back() += (lines.back().empty() ? "" : " ") + g;
    }
    for (std::size_t i = 0; i < lines.size(); ++i)
        out << (i ? "    " : "  ") << lines[i] << (i + 1 < lines.size() ? " \\\n" : "\n");
}

void render_text(std::ostream& out, const Digest& d) {
    underline(out, d.title, '=');
    wrap(out,
         period_line(d) + ". " +
             say("as_of", d.options.language, long_date(d.options.as_of.iso(), d.options.language)),
         0, "");
    if (d.empty()) {
        out << '\n';
        wrap(out, std::string(w::word("empty", d.options.language)), 0, "");
        return;
    }
    for (const auto& s : sections(d)) {
        out << '\n';
        underline(out, s.heading, '-');
        if (!s.summary.empty()) wrap(out, s.summary, 0, "");
        auto more = [&out](const More* m) {
            wrap(out, m->text, 0, "");
            command(out, m->command);
        };
        for (std::size_t i = 0; i < s.lines.size(); ++i) {
            wrap(out, s.lines[i].text, 0, "- ");
            for (const auto& detail : s.lines[i].details) wrap(out, detail, 2, "");
            for (const More* m : mores_after_line(s, i)) more(m);
        }
        for (const auto& area : s.groups) {
            out << '\n';
            wrap(out, area.heading, 0, "");
            for (const auto& who : area.groups) {
                wrap(out, who.heading, 2, "");
                for (const auto& line : who.lines)
                    wrap(out, line.text, 2, line.highlight ? "* " : "- ");
            }
        }
        for (const More* m : mores_at_end(s)) more(m);
    }
    out << '\n';
    underline(out, std::string(w::word("totals", d.options.language)), '-');
    for (const auto& t : totals(d)) wrap(out, t, 0, "");
}

// ---- Markdown ----------------------------------------------------------------------------

std::string md(const std::string& s) {
    std::string out;
    for (char c : text::visible(s, text::Lines::several)) {
        if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

void render_markdown(std::ostream& out, const Digest& d) {
    const Language l = d.options.language;
    out << "# " << md(d.title) << "\n\n"
        << md(period_line(d)) << ". " << md(say("as_of", l, long_date(d.options.as_of.iso(), l)))
        << '\n';
    if (d.empty()) {
        out << '\n' << md(std::string(w::word("empty", l))) << '\n';
        return;
    }
    for (const auto& s : sections(d)) {
        out << "\n## " << md(s.heading) << "\n\n";
        if (!s.summary.empty()) out << md(s.summary) << "\n\n";
        for (std::size_t i = 0; i < s.lines.size(); ++i) {
            out << "- " << md(s.lines[i].text) << '\n';
            for (const auto& detail : s.lines[i].details) out << "  - " << md(detail) << '\n';
            for (const More* m : mores_after_line(s, i))
                out << "\n_" << md(m->text) << "_ `" << m->command << "`\n\n";
        }
        for (const auto& area : s.groups) {
            out << "### " << md(area.heading) << "\n\n";
            for (const auto& who : area.groups) {
                out << "- **" << md(who.heading) << "**\n";
                for (const auto& line : who.lines)
                    out << "  - "
                        << (line.highlight ? "★ **" + md(line.text) + "**" : md(line.text)) << '\n';
            }
            out << '\n';
        }
        for (const More* m : mores_at_end(s))
            out << (s.groups.empty() ? "\n" : "") << "_" << md(m->text) << "_ `" << m->command
                << "`\n";
    }
    out << "\n## " << md(std::string(w::word("totals", l))) << "\n\n";
    for (const auto& t : totals(d)) out << "- " << md(t) << '\n';
}

// ---- HTML: one self-contained page for a mail body ------------------------------------------

std::string html(const std::string& s) { return html_escape(s); }

// A word longer than the line (a 100-character title, a URL) breaks rather than widen the page:
// a 360-pixel phone must not scroll sideways (tests/e2e/narrow_check.py measures it in Chromium);
// table-layout:fixed keeps a table from growing to its longest word. Only such a word breaks:
// `anywhere` (and word-break:break-word) would split numbers and words that fit a line
// (tests/e2e/phone_check.py).
constexpr const char* kWrap = "overflow-wrap:break-word;";

std::string more_html(const More& m) {
    return "<p style=\"margin:4px 0 8px;color:#52606d;font-size:13px;\">" + html_text(m.text) +
           " <code style=\"" + kWrap + "\">" + html(m.command) + "</code></p>\n";
}

void render_html(std::ostream& out, const Digest& d) {
    const Language l = d.options.language;
    constexpr const char* kFont = "font-family:Arial,Helvetica,sans-serif;color:#1f2933;";
    out << "<!DOCTYPE html>\n<html lang=\"" << html(std::string(language_code(l)))
        << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        << html(d.title)
        << "</title>\n</head>\n<body style=\"margin:0;padding:0;background:#f4f5f7;\">\n"
        // The page's one landmark: everything a reader reads is in it.
        << "<main>\n<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" "
           "cellspacing=\"0\" "
           "style=\"background:#f4f5f7;table-layout:fixed;\">"
        << "<tr><td align=\"center\" style=\"padding:16px 8px;\">\n"
        << "<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" "
           "style=\"max-width:640px;width:100%;table-layout:fixed;"
           "background:#ffffff;border:1px solid #d9dde3;\"><tr><td style=\"padding:24px 16px;"
        << kFont << kWrap << "font-size:15px;line-height:1.5;\">\n";
    render_digest_html_content(out, d);
    out << "</td></tr></table>\n</td></tr></table>\n</main>\n</body>\n</html>\n";
}

}  // namespace

void render_digest_html_content(std::ostream& out, const Digest& d) {
    const Language l = d.options.language;
    constexpr const char* kFont = "font-family:Arial,Helvetica,sans-serif;color:#1f2933;";
    out << "<h1 style=\"" << kFont << "font-size:22px;margin:0 0 8px;color:#0b4f6c;\">"
        << html_text(d.title) << "</h1>\n";
    out << "<p style=\"margin:0 0 16px;color:#52606d;\">" << html_text(period_line(d)) << ". "
        << html_text(say("as_of", l, long_date(d.options.as_of.iso(), l))) << "</p>\n";
    const bool empty = d.empty();
    if (empty)
        out << "<p style=\"margin:0 0 16px;\">" << html_text(std::string(w::word("empty", l)))
            << "</p>\n";
    // Appended, not `std::string(...) + kFont + ...`: GCC 12 at -O2 warns falsely (-Warray-bounds)
    // on that chain when the file is compiled with the precompiled header.
    std::string h2 = "<h2 style=\"";
    h2 += kFont;
    h2 +=
        "font-size:17px;margin:20px 0 8px;color:#0b4f6c;"
        "border-bottom:1px solid #d9dde3;padding-bottom:4px;\">";
    for (const auto& s : sections(d)) {
        out << h2 << html_text(s.heading) << "</h2>\n";
        if (!s.summary.empty())
            out << "<p style=\"margin:0 0 8px;color:#52606d;\">" << html_text(s.summary)
                << "</p>\n";
        if (!s.lines.empty()) {
            const std::string ul = "<ul style=\"margin:0 0 8px;padding-left:20px;\">\n";
            out << ul;
            for (std::size_t i = 0; i < s.lines.size(); ++i) {
                out << "<li style=\"margin:0 0 6px;\">" << html_text(s.lines[i].text);
                for (const auto& detail : s.lines[i].details)
                    out << "<br><span style=\"color:#52606d;font-size:13px;\">" << html_text(detail)
                        << "</span>";
                out << "</li>\n";
                for (const More* m : mores_after_line(s, i))
                    out << "</ul>\n" << more_html(*m) << ul;
            }
            out << "</ul>\n";
        }
        for (const auto& area : s.groups) {
            out << "<h3 style=\"" << kFont << "font-size:15px;margin:12px 0 4px;\">"
                << html_text(area.heading) << "</h3>\n";
            for (const auto& who : area.groups) {
                out << "<p style=\"margin:4px 0 2px;font-weight:bold;\">" << html_text(who.heading)
                    << "</p>\n"
                    << "<ul style=\"margin:0 0 8px;padding-left:20px;\">\n";
                for (const auto& line : who.lines)
                    out << "<li style=\"margin:0 0 4px;\">"
                        << (line.highlight ? "<strong>&#9733; " + html_text(line.text) + "</strong>"
                                           : html_text(line.text))
                        << "</li>\n";
                out << "</ul>\n";
            }
        }
        for (const More* m : mores_at_end(s)) out << more_html(*m);
    }
    if (!empty) {
        out << h2 << html_text(std::string(w::word("totals", l)))
            << "</h2>\n<ul style=\"margin:0;padding-left:20px;\">\n";
        for (const auto& t : totals(d)) out << "<li>" << html_text(t) << "</li>\n";
        out << "</ul>\n";
    }
}

std::string digest_subject(const Digest& d) {
    const auto& o = d.options;
    if (o.week) return d.title + ", " + o.week->label();
    if (o.from == o.to) return d.title + ", " + o.from.iso();
    return d.title + ", " + o.from.iso() + " – " + o.to.iso();
}

void render_digest(std::ostream& out, const Digest& d, DigestFormat format) {
    switch (format) {
        case DigestFormat::text:
            render_text(out, d);
            break;
        case DigestFormat::markdown:
            render_markdown(out, d);
            break;
        case DigestFormat::html:
            render_html(out, d);
            break;
        case DigestFormat::json:
            render_digest_json(out, d);
            break;
    }
}

}  // namespace pymes
