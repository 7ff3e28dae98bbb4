// The parts of a workbook that say how to read its first sheet: where it is, the date system,
// the number formats of the cells' styles, the shared strings; and a cell's number as text.
#include <date/date.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <map>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "xlsx_package.hpp"

namespace pymes::detail {

namespace {

/// `target` of a relationship of `from` (a part's name), as a part's name in the archive.
std::string resolve(const std::string& from, std::string_view target) {
    if (!target.empty() && target.front() == '/') return std::string(target.substr(1));
    std::string dir = from.substr(0, from.rfind('/') + 1);
    while (target.substr(0, 3) == "../") {
        target.remove_prefix(3);
        if (!dir.empty()) dir.pop_back();
        dir = dir.substr(0, dir.rfind('/') + 1);
    }
    return dir + std::string(target);
}

/// The `_rels/NAME.rels` of a part: relationship id -> (type's last word, target part).
struct Relationships : XmlHandler {
    std::string from;
    std::map<std::string, std::pair<std::string, std::string>> by_id;
    void start(std::string_view name, const char** a) override {
        if (name != "Relationship") return;
        const char* id = attribute(a, "Id");
        const char* type = attribute(a, "Type");
        const char* target = attribute(a, "Target");
        if (!id || !type || !target) return;
        std::string_view t(type);
        t.remove_prefix(t.rfind('/') == std::string_view::npos ? 0 : t.rfind('/') + 1);
        by_id[id] = {std::string(t), resolve(from, target)};
    }
    void end(std::string_view) override {}
};

std::string rels_of(const std::string& part) {
    const auto slash = part.rfind('/');
    return slash == std::string::npos
               ? "_rels/" + part + ".rels"
               : part.substr(0, slash + 1) + "_rels/" + part.substr(slash + 1) + ".rels";
}

struct Workbook : XmlHandler {
    std::string first_sheet;  // its relationship id
    bool date1904 = false;
    void start(std::string_view name, const char** a) override {
        if (name == "sheet" && first_sheet.empty()) {
            if (const char* id = attribute(a, "id")) first_sheet = id;
        } else if (name == "workbookPr") {
            const char* d = attribute(a, "date1904");
            date1904 = d && (std::string_view(d) == "1" || std::string_view(d) == "true");
        }
    }
    void end(std::string_view) override {}
};

}  // namespace

WorkbookParts find_parts(Package& package) {
    std::string workbook = "xl/workbook.xml";
    if (package.has("_rels/.rels")) {
        Relationships root;
        XmlStream(package, "_rels/.rels", root).all();
        for (const auto& [id, rel] : root.by_id)
            if (rel.first == "officeDocument") workbook = rel.second;
    }
    if (!package.has(workbook))
        package.refuse(
            trf("{} is a zip archive but not a workbook (no {})", package.source(), workbook));
    Workbook w;
    XmlStream(package, workbook, w).all();
    WorkbookParts parts;
    parts.date1904 = w.date1904;
    Relationships rels;
    rels.from = workbook;
    if (package.has(rels_of(workbook))) XmlStream(package, rels_of(workbook), rels).all();
    for (const auto& [id, rel] : rels.by_id) {
        if (id == w.first_sheet) parts.sheet = rel.second;
        if (rel.first == "sharedStrings") parts.shared_strings = rel.second;
        if (rel.first == "styles") parts.styles = rel.second;
    }
    if (parts.sheet.empty() || !package.has(parts.sheet))
        package.refuse(trf("{}: the workbook has no sheet to read", package.source()));
    if (!parts.shared_strings.empty() && !package.has(parts.shared_strings))
        parts.shared_strings.clear();
    if (!parts.styles.empty() && !package.has(parts.styles)) parts.styles.clear();
    return parts;
}

NumberKind format_kind(std::string_view code) {
    bool date = false, time = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == ';') break;  // the first section says it
        if (c == '"') {
            i = code.find('"', i + 1);
            if (i == std::string_view::npos) break;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;
        } else if (c == '[') {
            const auto close = code.find(']', i);
            if (close == std::string_view::npos) break;
            const char inside = close > i + 1 ? char(code[i + 1] | 0x20) : ' ';
            if (inside == 'h' || inside == 'm' || inside == 's')
                return NumberKind::number;  // elapsed
            i = close;
        } else if ((c | 0x20) == 'a' &&
                   (code.substr(i, 5) == "AM/PM" || code.substr(i, 5) == "am/pm")) {
            i += 4;
        } else if ((c | 0x20) == 'a' &&
                   (code.substr(i, 3) == "A/P" || code.substr(i, 3) == "a/p")) {
            i += 2;
        } else {
            const char l = char(c | 0x20);
            if (l == 'y' || l == 'd') date = true;
            if (l == 'h' || l == 's') time = true;
            if (l == 'm') date = date || !time;  // mm after h is minutes, alone a month
        }
    }
    if (date && time) return NumberKind::date_time;
    if (date) return NumberKind::date;
    if (time) return NumberKind::time;
    return NumberKind::number;
}

namespace {

NumberKind builtin_kind(int id) {
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return NumberKind::date;
    if (id == 22) return NumberKind::date_time;
    if ((id >= 18 && id <= 21) || id == 45 || id == 47) return NumberKind::time;
    return NumberKind::number;
}

struct Styles : XmlHandler {
    std::map<int, NumberKind> custom;
    std::vector<int> xfs;
    bool in_cell_xfs = false;
    void start(std::string_view name, const char** a) override {
        if (name == "numFmt") {
            const char* id = attribute(a, "numFmtId");
            const char* code = attribute(a, "formatCode");
            if (id && code) custom[std::atoi(id)] = format_kind(code);
        } else if (name == "cellXfs") {
            in_cell_xfs = true;
        } else if (name == "xf" && in_cell_xfs) {
            const char* id = attribute(a, "numFmtId");
            xfs.push_back(id ? std::atoi(id) : 0);
            if (xfs.size() > 1'000'000) xfs.pop_back();  // Excel's own limit is 64,000
        }
    }
    void end(std::string_view name) override {
        if (name == "cellXfs") in_cell_xfs = false;
    }
};

}  // namespace

std::vector<NumberKind> read_styles(Package& package, const std::string& part) {
    Styles s;
    XmlStream(package, part, s).all();
    std::vector<NumberKind> kinds;
    kinds.reserve(s.xfs.size());
    for (int id : s.xfs) {
        auto it = s.custom.find(id);
        kinds.push_back(it != s.custom.end() ? it->second : builtin_kind(id));
    }
    return kinds;
}

namespace {

struct Strings : XmlHandler {
    Package& package;
    XmlStream* stream = nullptr;
    SharedStrings& out;
    int phonetic = 0;
    bool in_t = false, in_si = false;
    Strings(Package& p, SharedStrings& o) : package(p), out(o) {}
    void start(std::string_view name, const char**) override {
        if (name == "si") in_si = true;
        if (name == "rPh") ++phonetic;  // a reading aid in East Asian text, not the text
        if (name == "t" && in_si && !phonetic) in_t = true;
    }
    void end(std::string_view name) override {
        if (name == "t") in_t = false;
        if (name == "rPh") --phonetic;
        if (name == "si") {
            in_si = false;
            if (out.size() >= package.limits().shared_strings)
                stream->stop(trf("the workbook has over {} shared strings",
                                 package.limits().shared_strings));
            out.end_string();
        }
    }
    void text(std::string_view s) override {
        if (!in_t) return;
        out.append(s);
        if (out.bytes() > package.limits().shared_text) {
            stream->stop(trf("the workbook's shared strings are over {} MiB",
                             package.limits().shared_text >> 20));
            in_t = false;
        }
    }
};

}  // namespace

SharedStrings::~SharedStrings() {
    if (fd_ >= 0) ::close(fd_);
}

void SharedStrings::append(std::string_view text) {
    const std::uint64_t kept = total_ - at_.back();
    if (kept >= kKept) return;
    text = text.substr(0, std::size_t(std::min<std::uint64_t>(text.size(), kKept - kept)));
    text_.append(text);
    total_ += text.size();
    if (text_.size() >= kInMemory) spill();
}

void SharedStrings::spill() {
    if (!file_) {
        file_ = std::make_unique<TemporaryFile>("strings");
        fd_ = ::open(file_->path().c_str(), O_RDWR | O_CLOEXEC);
        if (fd_ < 0)
            throw Error(Exit::io,
                        trf("cannot write a temporary file: {}", system_error_text(errno)));
    }
    std::size_t done = 0;
    while (done < text_.size()) {
        const ssize_t n =
            ::pwrite(fd_, text_.data() + done, text_.size() - done, off_t(written_ + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0)
            throw Error(Exit::io,
                        trf("cannot write a temporary file: {}", system_error_text(errno)),
                        tr("check the space in TMPDIR"));
        done += std::size_t(n);
    }
    written_ += text_.size();
    text_.clear();
}

void SharedStrings::finish() {
    if (file_) {
        spill();
        text_ = std::string();
    } else {
        text_.shrink_to_fit();
    }
    at_.shrink_to_fit();
}

std::string SharedStrings::operator[](std::size_t i) const {
    const std::uint64_t from = at_[i], size = at_[i + 1] - at_[i];
    if (!file_) return text_.substr(std::size_t(from), std::size_t(size));
    std::string out(std::size_t(size), '\0');
    std::size_t done = 0;
    while (done < out.size()) {
        const ssize_t n = ::pread(fd_, out.data() + done, out.size() - done, off_t(from + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0)
            throw Error(Exit::io,
                        trf("cannot read a temporary file: {}", system_error_text(errno)));
        done += std::size_t(n);
    }
    return out;
}

void read_shared_strings(Package& package, const std::string& part, SharedStrings& out) {
    Strings handler(package, out);
    XmlStream stream(package, part, handler);
    handler.stream = &stream;
    stream.all();
    out.finish();
}

bool number_text(std::string_view v, NumberKind kind, bool date1904, std::string& out) {
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    if (!v.empty() && v.front() == '+') v.remove_prefix(1);
    double x = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
    if (ec != std::errc() || end != v.data() + v.size() || !std::isfinite(x)) return false;
    if (kind == NumberKind::number || x < 0 || x > 2958465.0 /* 9999-12-31 */) {
        if (x == std::floor(x) && std::fabs(x) < 1e15)
            out = fmt::format("{}", static_cast<long long>(x));
        else
            out = fmt::format("{}", x);
        return true;
    }
    long long day = static_cast<long long>(std::floor(x));
    long long seconds = std::llround((x - double(day)) * 86400.0);
    if (seconds >= 86400) {
        ++day;
        seconds -= 86400;
    }
    const std::string clock =
        seconds % 60
            ? fmt::format("{:02}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60)
            : fmt::format("{:02}:{:02}", seconds / 3600, seconds / 60 % 60);
    if (kind == NumberKind::time) {
        out = clock;
        return true;
    }
    using namespace date;
    std::string day_text;
    if (date1904) {
        day_text = format("%F", sys_days(year{1904} / 1 / 1) + days{day});
    } else if (day == 60) {
        day_text = "1900-02-29";  // Lotus 1-2-3's leap day, kept by Excel: no such date
    } else {
        day_text = format("%F", sys_days(year{1899} / 12 / (day < 60 ? 31 : 30)) + days{day});
    }
    out = seconds ? day_text + " " + clock : day_text;
    return true;
}

}  // namespace pymes::detail
