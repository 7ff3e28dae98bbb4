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

}  // namespace pymes
