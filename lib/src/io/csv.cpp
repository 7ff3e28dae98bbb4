#include "pymes/io/csv.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "pymes/core/format_names.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"

namespace pymes {

Encoding parse_encoding(std::string_view name) {
    if (auto e = encoding_named(name)) return *e;
    throw UsageError(trf("unknown encoding '{}'", name),
                     trf("use {}", or_list(format_names(kEncodingNames))));
}

namespace {

// Windows-1252 0x80..0x9F; 0 where the byte is undefined.
constexpr char16_t kCp1252[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

constexpr std::size_t kChunk = 1 << 16;

}  // namespace

bool to_utf8(std::string_view in, Encoding encoding, std::string& out) {
    out.clear();
    if (encoding == Encoding::utf8) {
        if (!text::valid_utf8(in)) return false;
        out.assign(in);
        return true;
    }
    out.reserve(in.size() + in.size() / 8);
    for (char ch : in) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80)
            out += ch;
        else if (encoding == Encoding::cp1252 && b < 0xA0) {
            if (!kCp1252[b - 0x80]) return false;
            append_utf8(out, kCp1252[b - 0x80]);
        } else
            append_utf8(out, b);
    }
    return true;
}

CsvReader::CsvReader(std::istream& in, char delimiter, Encoding encoding)
    : in_(in), delimiter_(delimiter), encoding_(encoding), buffer_(kChunk) {}

int CsvReader::peek() {
    if (pos_ == end_) {
        if (eof_) return -1;
        in_.read(buffer_.data(), std::streamsize(buffer_.size()));
        end_ = std::size_t(in_.gcount());
        read_ += end_;
        pos_ = 0;
        if (end_ == 0) {
            eof_ = true;
            if (in_.bad()) throw Error(Exit::io, tr("read error on the input file"));
            return -1;
        }
    }
    return static_cast<unsigned char>(buffer_[pos_]);
}

int CsvReader::get() {
    int c = peek();
    if (c >= 0) ++pos_;
    if (c == 0) {
        throw CsvError(line_, tr("a NUL byte: this is not a text file (or it is UTF-16)"),
                       tr("save it from the spreadsheet as \"CSV UTF-8\""));
    }
    return c;
}

void CsvReader::end_line(int c) {
    if (c == '\r') {
        if (peek() != '\n')
            throw CsvError(line_, tr("a line ends with a lone carriage return (old Mac line ends)"),
                           tr("save the file with LF or CRLF line ends"));
        get();
    }
    ++line_;
}

void CsvReader::append(char c) {
    field_ += c;
    if (field_.size() > kMaxCsvField) {
        throw CsvError(
            record_line_, tr("a field longer than 1 MiB starts in the record on this line"),
            tr("if a quote is never closed, close it; a \" inside a field is written \"\""));
    }
    if (record_bytes_ + field_.size() > kMaxCsvRecord) {
        throw CsvError(record_line_, tr("a record longer than 16 MiB starts on this line"),
                       tr("split the record, or check that its quotes are closed"));
    }
}

void CsvReader::finish_field(std::vector<std::string>& fields, std::size_t& count) {
    record_bytes_ +=
        field_.size() + 1;  // the delimiter too: a row of empty fields is bounded as well
    if (record_bytes_ > kMaxCsvRecord)
        throw CsvError(record_line_, tr("a record longer than 16 MiB starts on this line"),
                       tr("split the record"));
    if (count == kMaxCsvFields)
        throw CsvError(record_line_, tr("a record of more than 16,384 fields starts on this line"));
    if (count == fields.size()) fields.emplace_back();
    if (encoding_ == Encoding::utf8) {
        if (!text::valid_utf8(field_)) {
            throw CsvError(record_line_, tr("the text is not valid UTF-8"),
                           tr("if the file was saved as Latin-1 or Windows-1252, say so with "
                              "--encoding latin1 or --encoding cp1252"));
        }
        fields[count].swap(field_);
    } else if (!to_utf8(field_, encoding_, fields[count])) {
        throw CsvError(record_line_, tr("a byte that Windows-1252 does not define"),
                       tr("try --encoding latin1"));
    }
    field_.clear();
    ++count;
}

bool CsvReader::next(std::vector<std::string>& fields) {
    if (!started_) {
        // A UTF-8 byte-order mark is skipped; UTF-16 is refused, never guessed at. The first
        // read fills the whole chunk (istream::read waits for it), so its head is all here.
        started_ = true;
        peek();
        const std::string_view head(buffer_.data() + pos_, std::min<std::size_t>(end_ - pos_, 3));
        if (head.substr(0, 3) == "\xEF\xBB\xBF") {
            pos_ += 3;
        } else if (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF") {
            throw CsvError(1, tr("the file is UTF-16, not UTF-8"),
                           tr("save it from the spreadsheet as \"CSV UTF-8\""));
        }
    }
    std::size_t count = 0;
    enum { start, unquoted, quoted, after_quote } state = start;
    record_line_ = line_;
    record_bytes_ = 0;
    bool any = false;
    while (true) {
        int c = get();
        if (c < 0) {
            if (state == quoted)
                throw CsvError(
                    record_line_, tr("a quoted field that starts here is never closed"),
                    tr("every opening \" needs a closing \"; a \" inside a field is written \"\""));
            if (!any) {
                fields.resize(0);
                return false;
            }
            finish_field(fields, count);
            fields.resize(count);
            return true;
        }
        switch (state) {
            case start:
            case unquoted:
                if (c == delimiter_) {
                    finish_field(fields, count);
                    state = start;
                    any = true;
                } else if (c == '\n' || c == '\r') {
                    end_line(c);
                    if (!any && state == start) {  // an empty line
                        record_line_ = line_;
                        continue;
                    }
                    finish_field(fields, count);
                    fields.resize(count);
                    return true;
                } else if (c == '"' && state == start) {
                    state = quoted;
                    any = true;
                } else {
                    append(char(c));
                    state = unquoted;
                    any = true;
                }
                break;
            case quoted:
                if (c == '"') {
                    state = after_quote;
                } else {
                    if (c == '\n') ++line_;
                    append(char(c));
                }
                break;
            case after_quote:
                if (c == '"') {
                    append('"');
                    state = quoted;
                } else if (c == delimiter_) {
                    finish_field(fields, count);
                    state = start;
                } else if (c == '\n' || c == '\r') {
                    end_line(c);
                    finish_field(fields, count);
                    fields.resize(count);
                    return true;
                } else {
                    throw CsvError(line_, tr("text after the closing quote of a field"),
                                   tr("a \" inside a quoted field is written \"\""));
                }
                break;
        }
    }
}

}  // namespace pymes
