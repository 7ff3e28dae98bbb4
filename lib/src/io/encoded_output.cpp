#include "pymes/io/encoded_output.hpp"

#include <fmt/format.h>

#include <cerrno>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"

namespace pymes {

EncodedOutput::EncodedOutput(std::ostream& out, Encoding encoding)
    : out_(out), previous_(out.rdbuf()) {
    if (encoding == Encoding::utf8) return;
    // glibc's iconv: the Windows code page or ISO-8859-1; a character they lack is an error.
    converter_ = iconv_open(encoding == Encoding::cp1252 ? "CP1252" : "ISO-8859-1", "UTF-8");
    if (converter_ == reinterpret_cast<iconv_t>(-1))
        throw Error(Exit::software, tr("cannot convert to the configured encoding"));
    out_.rdbuf(this);
}

EncodedOutput::~EncodedOutput() {
    if (converter_ == reinterpret_cast<iconv_t>(-1)) return;
    out_.rdbuf(previous_);
    iconv_close(converter_);
}

void EncodedOutput::finish() {
    if (converter_ == reinterpret_cast<iconv_t>(-1)) return;
    convert();
    if (!pending_.empty())
        throw DataError(tr("the export ends inside a UTF-8 character"),
                        tr("this is a bug; please report it"));
    out_.rdbuf(previous_);
    out_.flush();
    out_.rdbuf(this);
}

EncodedOutput::int_type EncodedOutput::overflow(int_type c) {
    if (c == traits_type::eof()) return traits_type::not_eof(c);
    pending_ += traits_type::to_char_type(c);
    if (pending_.size() >= 1 << 16) convert();
    return c;
}

std::streamsize EncodedOutput::xsputn(const char* s, std::streamsize n) {
    pending_.append(s, std::size_t(n));
    if (pending_.size() >= 1 << 16) convert();
    return n;
}

void EncodedOutput::convert() {
    char* in = pending_.data();
    std::size_t in_left = pending_.size();
    char buffer[1 << 14];
    while (in_left > 0) {
        char* o = buffer;
        std::size_t out_left = sizeof buffer;
        const std::size_t r = iconv(converter_, &in, &in_left, &o, &out_left);
        previous_->sputn(buffer, std::streamsize(sizeof buffer - out_left));
        if (r != std::size_t(-1)) break;
        if (errno == E2BIG) continue;
        if (errno == EINVAL) break;  // a character cut at the end of the chunk: kept for the next
        // EILSEQ: a character the encoding lacks.
        std::size_t len = 1;
        while (len < in_left && (static_cast<unsigned char>(in[len]) & 0xC0) == 0x80) ++len;
        const std::string character(in, len);
        out_.rdbuf(previous_);
        throw DataError(trf("'{}' cannot be written in the configured encoding", character),
                        tr("set encoding = \"utf-8\" under [csv] in the config, or export with "
                           "--excel (UTF-8)"));
    }
    pending_.erase(0, pending_.size() - in_left);
}

}  // namespace pymes
