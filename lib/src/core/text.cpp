#include "pymes/core/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "pymes/core/i18n.hpp"

namespace pymes::text {

namespace {

/// Decodes one UTF-8 sequence at s[i]; returns U+FFFD and advances one byte on bad input.
char32_t decode(std::string_view s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    auto cont = [&](std::size_t k) -> int {
        if (i + k >= s.size()) return -1;
        auto b = static_cast<unsigned char>(s[i + k]);
        return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
    };
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int n = (b0 & 0xE0) == 0xC0 ? 1 : (b0 & 0xF0) == 0xE0 ? 2 : (b0 & 0xF8) == 0xF0 ? 3 : 0;
    if (n == 0) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = b0 & (0x3F >> n);
    for (int k = 1; k <= n; ++k) {
        int c = cont(k);
        if (c < 0) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | char32_t(c);
    }
    static constexpr char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return 0xFFFD;
    }
    i += n + 1;
    return cp;
}

bool combining(char32_t c) {
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
           (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
           (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0x200B && c <= 0x200F);
}

bool wide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

/// Base letter of a Latin-1 accented letter, lower-case; 0 when it has none.
char latin1_base(char32_t c) {
    // U+00C0 .. U+00FF
    static constexpr char kBase[] =
        "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"   // C0-DF
        "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";  // E0-FF
    if (c < 0xC0 || c > 0xFF) return 0;
    return kBase[c - 0xC0];
}

}  // namespace

std::string fold(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        std::size_t start = i;
        char32_t c = decode(s, i);
        if (c < 0x80) {
            out += char(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else if (char base = latin1_base(c)) {
            out += base;
        } else if (combining(c)) {
            // dropped: a decomposed accent
        } else {
            out.append(s.substr(start, i - start));
        }
    }
    return out;
}

std::size_t display_width(std::string_view s) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) {
        char32_t c = decode(s, i);
        width += combining(c) ? 0 : wide(c) ? 2 : 1;
    }
    return width;
}

std::string_view fit(std::string_view s, std::size_t width) {
    std::size_t used = 0, i = 0;
    while (i < s.size()) {
        std::size_t next = i;
        char32_t c = decode(s, next);
        std::size_t w = combining(c) ? 0 : wide(c) ? 2 : 1;
        if (used + w > width) break;
        used += w;
        i = next;
    }
    return s.substr(0, i);
}

std::vector<std::string> wrap(std::string_view s, std::size_t width) {
    width = std::max<std::size_t>(width, 2);  // a wide character always fits somewhere
    std::vector<std::string> lines;
    std::string line;
    std::size_t used = 0;
    bool open = false;  // `line` holds a word (a lone combining mark is 0 columns wide)
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    for (std::size_t i = 0; i < s.size();) {
        if (is_space(s[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < s.size() && !is_space(s[end])) ++end;
        std::string_view word = s.substr(i, end - i);
        i = end;
        std::size_t w = display_width(word);
        if (open && used + 1 + w <= width) {
            line += ' ';
            line += word;
            used += 1 + w;
            continue;
        }
        if (open) {
            lines.push_back(std::move(line));
            line.clear();
            used = 0;
        }
        while (w > width) {  // a word longer than the line: a full line of it at a time
            const std::string_view head = fit(word, width);
            lines.emplace_back(head);
            word.remove_prefix(head.size());
            w = display_width(word);
        }
        line = std::string(word);
        used = w;
        open = true;
    }
    if (open || lines.empty()) lines.push_back(std::move(line));
    return lines;
}

bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t at = i;
        char32_t c = decode(s, i);
        if (c == 0xFFFD && !(i - at == 3 && s.substr(at, 3) == "\xEF\xBF\xBD")) return false;
    }
    return true;
}

std::string closest(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
    const std::string w = fold(word);
    for (const auto& candidate : candidates) {
        const std::string c = fold(candidate);
        std::vector<std::size_t> prev(c.size() + 1), cur(c.size() + 1);
        for (std::size_t j = 0; j <= c.size(); ++j) prev[j] = j;
        for (std::size_t i = 1; i <= w.size(); ++i) {
            cur[0] = i;
            for (std::size_t j = 1; j <= c.size(); ++j)
                cur[j] =
                    std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (w[i - 1] != c[j - 1])});
            std::swap(prev, cur);
        }
        if (prev[c.size()] < best_distance) {
            best_distance = prev[c.size()];
            best = candidate;
        }
    }
    return best;
}

namespace {

bool control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

bool allowed(char32_t c, Lines lines) {
    return lines == Lines::several && (c == '\n' || c == '\t');
}

}  // namespace

std::string text_problem(std::string_view s, Lines lines) {
    // One pass, printable ASCII skipped byte by byte: it runs on every value of every import.
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b >= 0x20 && b < 0x7F) {
            ++i;
            continue;
        }
        const std::size_t at = i;
        const char32_t c = decode(s, i);
        if (c == 0xFFFD && s.substr(at, i - at) != "\xEF\xBF\xBD")
            return tr("is not valid UTF-8 text");
        if (!control(c) || allowed(c, lines)) continue;
        if (lines == Lines::one && (c == '\n' || c == '\r'))
            return tr("holds a line break; it must fit on one line");
        if (lines == Lines::one && c == '\t')
            return tr("holds a tab; it must fit on one line, without tabs");
        return lines == Lines::several
                   ? trf("holds a control character (U+{:04X}); only line breaks and tabs are "
                         "allowed",
                         static_cast<std::uint32_t>(c))
                   : trf("holds a control character (U+{:04X})", static_cast<std::uint32_t>(c));
    }
    return {};
}

std::string unix_lines(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i)
        if (!(s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) out += s[i];
    return out;
}

std::string xml_safe(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        const bool c1 = b == 0xC2 && i + 1 < s.size() &&
                        static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(s[i + 1]) <= 0x9F;
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F || c1) {
            out += "\xEF\xBF\xBD";
            if (c1) ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string visible(std::string_view s, Lines lines) {
    auto plain = [](unsigned char b) { return b >= 0x20 && b < 0x7F; };
    if (std::all_of(s.begin(), s.end(),
                    [&](char b) { return plain(static_cast<unsigned char>(b)); }))
        return std::string(s);
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t at = i;
        const char32_t c = decode(s, i);
        const bool bad = c == 0xFFFD && s.substr(at, i - at) != "\xEF\xBF\xBD";
        if (bad)
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[at]));
        else if (c < 0x20 || c == 0x7F) {
            if (allowed(c, lines))
                out += char(c);
            else
                out += fmt::format("\\x{:02x}", static_cast<std::uint32_t>(c));
        } else if (control(c))
            out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(c));
        else
            out.append(s.substr(at, i - at));
    }
    return out;
}

std::string to_valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t at = i;
        const char32_t c = decode(s, i);
        if (c == 0xFFFD)
            out += "\xEF\xBF\xBD";
        else
            out.append(s.substr(at, i - at));
    }
    return out;
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = char(c - 32);
    return out;
}

std::string_view trim(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

std::string url_problem(std::string_view s) {
    std::string_view rest = s;
    const std::string lower = fold(s.substr(0, std::min<std::size_t>(s.size(), 8)));
    if (lower.rfind("https://", 0) == 0)
        rest.remove_prefix(8);
    else if (lower.rfind("http://", 0) == 0)
        rest.remove_prefix(7);
    else
        return trf("'{}' is not a web address (it must begin with http:// or https://)", s);
    if (s.find_first_of(" \t") != std::string_view::npos)
        return trf("'{}' is not a web address (it holds a space)", s);
    const std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
    const std::string_view name = host.substr(host.rfind('@') + 1);  // after user:password@
    const std::string_view bare =
        name.substr(0, name.rfind(':') == std::string_view::npos ? name.size() : name.rfind(':'));
    if (bare.empty() || (bare.find('.') == std::string_view::npos && fold(bare) != "localhost") ||
        bare.front() == '.' || bare.back() == '.')
        return trf("'{}' is not a web address (it names no host, such as www.sela.org)", s);
    return {};
}

}  // namespace pymes::text
