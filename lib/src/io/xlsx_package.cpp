#include "xlsx_package.hpp"

#include <expat.h>
#include <fmt/format.h>
#include <zip.h>

#include <cstring>

#include "pymes/errors.hpp"
#include "pymes/i18n.hpp"

namespace pymes::detail {

namespace {

std::string mib(std::uint64_t bytes) { return fmt::format("{} MiB", bytes >> 20); }

}  // namespace

Package::Package(const std::string& path, std::string source, const XlsxLimits& limits)
    : source_(std::move(source)), limits_(limits) {
    int error = 0;
    zip_ = zip_open(path.c_str(), ZIP_RDONLY, &error);
    if (!zip_) {
        if (error == ZIP_ER_OPEN || error == ZIP_ER_READ || error == ZIP_ER_NOENT)
            throw Error(Exit::no_input, trf("cannot read {}", source_),
                        "check the file's name and permissions");
        opened(error);
    }
}

Package::Package(std::string_view bytes, std::string source, const XlsxLimits& limits)
    : source_(std::move(source)), limits_(limits) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (src) {
        zip_ = zip_open_from_source(src, ZIP_RDONLY, &error);
        if (!zip_) zip_source_free(src);
    }
    const int code = zip_error_code_zip(&error);
    zip_error_fini(&error);
    if (!zip_) opened(code);
}

void Package::opened(int error_code) {
    if (error_code == ZIP_ER_NOZIP || error_code == ZIP_ER_INCONS)
        refuse(trf("{} is not a workbook: not a zip archive, or a damaged one", source_));
    zip_error_t e;
    zip_error_init_with_code(&e, error_code);
    const std::string what = zip_error_strerror(&e);
    zip_error_fini(&e);
    refuse(trf("{} cannot be read as a workbook: {}", source_, what));
}

Package::~Package() {
    if (zip_) zip_discard(zip_);
}

bool Package::has(const std::string& part) const {
    return zip_name_locate(zip_, part.c_str(), ZIP_FL_NOCASE) >= 0;
}

void Package::refuse(const std::string& message, std::string hint) const {
    if (hint.empty())
        hint = tr("save it again from the spreadsheet as .xlsx (Excel Workbook), or export CSV");
    throw DataError(message, std::move(hint));
}

Package::Stream::Stream(Package& package, const std::string& part)
    : package_(package), part_(part) {
    const zip_int64_t index = zip_name_locate(package.zip_, part.c_str(), ZIP_FL_NOCASE);
    if (index < 0)
        package.refuse(trf("{} is not a workbook: it has no part {}", package.source_, part));
    file_ = zip_fopen_index(package.zip_, zip_uint64_t(index), 0);
    if (!file_)
        package.refuse(trf("{}: the part {} cannot be read: {}", package.source_, part,
                           zip_strerror(package.zip_)));
}

Package::Stream::~Stream() {
    if (file_) zip_fclose(file_);
}

std::size_t Package::Stream::read(char* buffer, std::size_t size) {
    const zip_int64_t n = zip_fread(file_, buffer, size);
    if (n < 0)
        package_.refuse(trf("{}: the part {} is damaged: {}", package_.source_, part_,
                            zip_file_strerror(file_)));
    read_ += std::uint64_t(n);
    package_.total_ += std::uint64_t(n);
    // A zip bomb stops here: the bytes are counted as they come out, whatever the archive says.
    if (read_ > package_.limits_.part_bytes)
        package_.refuse(trf("{}: the part {} is over {} uncompressed", package_.source_, part_,
                            mib(package_.limits_.part_bytes)),
                        tr("a workbook that large is not one pymes reads; export CSV instead"));
    if (package_.total_ > package_.limits_.package_bytes)
        package_.refuse(trf("{}: the workbook is over {} uncompressed", package_.source_,
                            mib(package_.limits_.package_bytes)),
                        tr("a workbook that large is not one pymes reads; export CSV instead"));
    return std::size_t(n);
}

const char* attribute(const char** attributes, std::string_view name) {
    for (const char** a = attributes; a && *a; a += 2) {
        std::string_view n(a[0]);
        if (const auto bar = n.rfind('|'); bar != std::string_view::npos) n.remove_prefix(bar + 1);
        if (n == name) return a[1];
    }
    return nullptr;
}

namespace {

std::string_view local(const char* name) {
    std::string_view n(name);
    if (const auto bar = n.rfind('|'); bar != std::string_view::npos) n.remove_prefix(bar + 1);
    return n;
}

// The parser is every handler's argument; the XmlHandler is its user data.
XmlHandler& handler_of(void* parser) {
    return *static_cast<XmlHandler*>(XML_GetUserData(static_cast<XML_Parser>(parser)));
}

struct Callbacks {
    static void start(void* p, const XML_Char* name, const XML_Char** attributes) {
        handler_of(p).start(local(name), attributes);
    }
    static void end(void* p, const XML_Char* name) { handler_of(p).end(local(name)); }
    static void text(void* p, const XML_Char* s, int len) {
        handler_of(p).text(std::string_view(s, std::size_t(len)));
    }
};

void no_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    // A workbook has no document type; entities are how XML bombs are built.
    XML_StopParser(static_cast<XML_Parser>(data), XML_FALSE);
}

}  // namespace

XmlStream::XmlStream(Package& package, const std::string& part, XmlHandler& handler)
    : package_(package),
      part_(part),
      stream_(package, part),
      parser_(XML_ParserCreateNS(nullptr, '|')),
      handler_(handler),
      buffer_(1 << 16) {
    if (!parser_) throw std::bad_alloc();
    XML_SetUserData(parser_, &handler_);
    XML_UseParserAsHandlerArg(parser_);
    XML_SetElementHandler(parser_, Callbacks::start, Callbacks::end);
    XML_SetCharacterDataHandler(parser_, Callbacks::text);
    XML_SetStartDoctypeDeclHandler(parser_, no_doctype);
}

XmlStream::~XmlStream() { XML_ParserFree(parser_); }

void XmlStream::stop(std::string message) {
    if (stopped_.empty()) stopped_ = std::move(message);
    XML_StopParser(parser_, XML_FALSE);
}

bool XmlStream::feed() {
    if (done_) return false;
    const std::size_t n = stream_.read(buffer_.data(), buffer_.size());
    done_ = n == 0;
    if (XML_Parse(parser_, buffer_.data(), int(n), done_) == XML_STATUS_ERROR) {
        if (!stopped_.empty()) package_.refuse(trf("{}: {}", package_.source(), stopped_));
        const XML_Error code = XML_GetErrorCode(parser_);
        package_.refuse(trf("{}: the part {} is not well-formed XML (line {}: {})",
                            package_.source(), part_, XML_GetCurrentLineNumber(parser_),
                            code == XML_ERROR_ABORTED
                                ? tr("a document type or entity, which a workbook never has")
                                : XML_ErrorString(code)));
    }
    return !done_;
}

}  // namespace pymes::detail
