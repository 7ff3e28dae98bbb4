// Reading a .mo file (core/catalogue.hpp).
#include "core/catalogue.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <numeric>

namespace pymes::detail {

namespace {

/// The C expression of a Plural-Forms header, for `n` (GNU gettext's grammar: ?:, ||, &&, ==,
/// !=, <, >, <=, >=, +, -, *, /, %, !, parentheses, n and decimal numbers). A malformed
/// expression is 0, the first form.
class PluralExpression {
  public:
    PluralExpression(std::string_view text, unsigned long n) : s_(text), n_(n) {}
    unsigned long value() {
        const unsigned long v = conditional();
        skip();
        return ok_ && at_ == s_.size() ? v : 0;
    }

  private:
    std::string_view s_;
    std::size_t at_ = 0;
    unsigned long n_;
    bool ok_ = true;
    int depth_ = 0;  ///< of nested parentheses, ?: and !: a damaged header cannot exhaust the stack

    /// Counts one level down for as long as it lives; false past 100 (the expression is refused).
    struct Deeper {
        PluralExpression& e;
        explicit Deeper(PluralExpression& from) : e(from) {
            if (++e.depth_ > 100) e.ok_ = false;
        }
        ~Deeper() { --e.depth_; }
        Deeper(const Deeper&) = delete;
        Deeper& operator=(const Deeper&) = delete;
    };

    void skip() {
        while (at_ < s_.size() && (s_[at_] == ' ' || s_[at_] == '\t' || s_[at_] == '\n')) ++at_;
    }
    bool eat(std::string_view token) {
        skip();
        if (s_.substr(at_, token.size()) != token) return false;
        // "<" is not "<=", "=" alone is no operator, "!" is not "!="
        if (token.size() == 1 && at_ + 1 < s_.size() && s_[at_ + 1] == '=' &&
            (token == "<" || token == ">" || token == "!"))
            return false;
        at_ += token.size();
        return true;
    }
    unsigned long conditional() {
        const Deeper level(*this);
        if (!ok_) return 0;
        const unsigned long c = logical_or();
        if (!eat("?")) return c;
        const unsigned long a = conditional();
        if (!eat(":")) ok_ = false;
        const unsigned long b = conditional();
        return c ? a : b;
    }
    unsigned long logical_or() {
        unsigned long v = logical_and();
        while (eat("||")) v = (logical_and() || v) ? 1 : 0;
        return v;
    }
    unsigned long logical_and() {
        unsigned long v = equality();
        while (eat("&&")) v = (equality() && v) ? 1 : 0;
        return v;
    }
    unsigned long equality() {
        unsigned long v = relation();
        for (;;) {
            if (eat("=="))
                v = v == relation();
            else if (eat("!="))
                v = v != relation();
            else
                return v;
        }
    }
    unsigned long relation() {
        unsigned long v = additive();
        for (;;) {
            if (eat("<="))
                v = v <= additive();
            else if (eat(">="))
                v = v >= additive();
            else if (eat("<"))
                v = v < additive();
            else if (eat(">"))
                v = v > additive();
            else
                return v;
        }
    }
    unsigned long additive() {
        unsigned long v = multiplicative();
        for (;;) {
            if (eat("+"))
                v += multiplicative();
            else if (eat("-"))
                v -= multiplicative();
            else
                return v;
        }
    }
    unsigned long multiplicative() {
        unsigned long v = unary();
        for (;;) {
            if (eat("*")) {
                v *= unary();
            } else if (eat("/") || eat("%")) {
                const bool divide = s_[at_ - 1] == '/';
                const unsigned long d = unary();
                if (d == 0)
                    ok_ = false;
                else
                    v = divide ? v / d : v % d;
            } else {
                return v;
            }
        }
    }
    unsigned long unary() {
        const Deeper level(*this);
        if (!ok_) return 0;
        if (eat("!")) return !unary();
        skip();
        if (eat("(")) {
            const unsigned long v = conditional();
            if (!eat(")")) ok_ = false;
            return v;
        }
        if (at_ < s_.size() && s_[at_] == 'n') {
            ++at_;
            return n_;
        }
        if (at_ < s_.size() && s_[at_] >= '0' && s_[at_] <= '9') {
            unsigned long v = 0;
            while (at_ < s_.size() && s_[at_] >= '0' && s_[at_] <= '9')
                v = v * 10 + unsigned(s_[at_++] - '0');
            return v;
        }
        ok_ = false;
        return 0;
    }
};

}  // namespace

unsigned long plural_value(std::string_view expression, unsigned long n) {
    return PluralExpression(expression, n).value();
}

std::uint32_t Catalogue::word(std::size_t at) const {
    std::uint32_t w;
    std::memcpy(&w, bytes_.data() + at, 4);
    return swapped_ ? __builtin_bswap32(w) : w;
}

std::string_view Catalogue::string(std::uint32_t table, std::uint32_t i, bool whole) const {
    const std::size_t length = word(table + 8 * std::size_t(i)),
                      offset = word(table + 8 * std::size_t(i) + 4);
    std::string_view s(bytes_.data() + offset, length);
    return whole ? s : s.substr(0, s.find('\0'));
}

std::optional<Catalogue> Catalogue::read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return std::nullopt;
    Catalogue c;
    c.bytes_.resize(static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0)));
    in.seekg(0);
    in.read(c.bytes_.data(), static_cast<std::streamsize>(c.bytes_.size()));
    if (!in || c.bytes_.size() < 28) return std::nullopt;
    const std::uint32_t magic = c.word(0);
    if (magic == 0xde120495)
        c.swapped_ = true;
    else if (magic != 0x950412de)
        return std::nullopt;
    c.count_ = c.word(8);
    c.originals_ = c.word(12);
    c.translations_ = c.word(16);
    // Every descriptor and every string (with the NUL that ends it) inside the file.
    const std::uint64_t size = c.bytes_.size();
    for (std::uint32_t table : {c.originals_, c.translations_}) {
        if (table % 4 != 0 || table + 8 * std::uint64_t(c.count_) > size) return std::nullopt;
        for (std::uint32_t i = 0; i < c.count_; ++i) {
            const std::uint64_t length = c.word(table + 8 * std::size_t(i));
            const std::uint64_t offset = c.word(table + 8 * std::size_t(i) + 4);
            if (offset + length >= size || c.bytes_[offset + length] != '\0') return std::nullopt;
        }
    }
    // msgfmt writes the entries sorted by their original strings; should a tool not, sort them.
    c.order_.resize(c.count_);
    std::iota(c.order_.begin(), c.order_.end(), 0);
    auto before = [&c](std::uint32_t a, std::uint32_t b) {
        return c.string(c.originals_, a) < c.string(c.originals_, b);
    };
    if (!std::is_sorted(c.order_.begin(), c.order_.end(), before))
        std::sort(c.order_.begin(), c.order_.end(), before);
    // The header (the translation of ""): "Plural-Forms: nplurals=N; plural=EXPRESSION;".
    if (const char* header = c.get("")) {
        const std::string_view h(header);
        if (auto at = h.find("Plural-Forms:"); at != std::string_view::npos) {
            std::string_view line = h.substr(at, h.find('\n', at) - at);
            if (auto n = line.find("nplurals="); n != std::string_view::npos)
                c.nplurals_ = std::strtoul(std::string(line.substr(n + 9)).c_str(), nullptr, 10);
            if (auto p = line.find("plural=", line.find(';')); p != std::string_view::npos) {
                std::string_view e = line.substr(p + 7);
                c.plural_ = std::string(e.substr(0, e.find(';')));
            }
        }
    }
    return c;
}

const char* Catalogue::get(std::string_view key, std::size_t form) const {
    auto it = std::lower_bound(
        order_.begin(), order_.end(), key,
        [this](std::uint32_t i, std::string_view k) { return string(originals_, i) < k; });
    if (it == order_.end() || string(originals_, *it) != key) return nullptr;
    std::string_view forms = string(translations_, *it, true);
    for (; form > 0; --form) {
        const auto nul = forms.find('\0');
        if (nul == std::string_view::npos) return nullptr;
        forms.remove_prefix(nul + 1);
    }
    return forms.data();  // each form ends with a NUL (checked in read())
}

std::size_t Catalogue::plural_form(unsigned long n) const {
    const unsigned long form = plural_value(plural_, n);
    return form < nplurals_ ? form : 0;
}

}  // namespace pymes::detail
