#include "report/html.hpp"

namespace pymes {

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const auto b = static_cast<unsigned char>(c);
        // Control characters (a registry written by other means may hold them): XML 1.0 cannot
        // carry most of C0 at all, and HTML calls C0, DEL and C1 parse errors. Each is shown as
        // U+FFFD; TAB, LF and CR are white space and stay.
        const bool c1 = b == 0xC2 && i + 1 < s.size() &&
                        static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(s[i + 1]) <= 0x9F;
        if ((b < 0x20 && c != '\t' && c != '\n' && c != '\r') || b == 0x7F || c1) {
            out += "\xEF\xBF\xBD";
            if (c1) ++i;
            continue;
        }
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

namespace {

bool digit(std::string_view s, std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

/// The length of a hyphen or an en dash at `i` that a digit follows, else 0.
std::size_t joiner(std::string_view s, std::size_t i) {
    if (s.compare(i, 1, "-") == 0 && digit(s, i + 1)) return 1;
    if (s.compare(i, 3, "\u2013") == 0 && digit(s, i + 3)) return 3;
    return 0;
}

}  // namespace

std::string html_text(std::string_view s) {
    std::string out;
    std::size_t plain = 0;  // where the text not yet written starts
    for (std::size_t i = 0; i < s.size();) {
        if (!digit(s, i)) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        bool joined = false;
        while (true) {
            while (digit(s, i)) ++i;
            const std::size_t j = i < s.size() ? joiner(s, i) : 0;
            if (!j) break;
            i += j;
            joined = true;
        }
        if (!joined) continue;
        out += html_escape(s.substr(plain, start - plain));
        out += "<span style=\"white-space:nowrap\">" + html_escape(s.substr(start, i - start)) +
               "</span>";
        plain = i;
    }
    return out + html_escape(s.substr(plain));
}

}  // namespace pymes
