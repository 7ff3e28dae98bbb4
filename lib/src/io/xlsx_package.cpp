#include "xlsx_package.hpp"

#include <expat.h>
#include <fmt/format.h>
#include <zip.h>

#include <algorithm>
#include <cstring>
#include <unordered_set>

#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"

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
    check_names();
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
    check_names();
}

void Package::check_names() {
    // Two parts of one name (parts are found without regard to case): one program would read
    // the first, another the last. A workbook that two readers would read differently is
    // refused, whatever this one would pick.
    const zip_int64_t n = zip_get_num_entries(zip_, 0);
    std::unordered_set<std::string> names;
    names.reserve(std::size_t(std::max<zip_int64_t>(n, 0)));
    for (zip_int64_t i = 0; i < n; ++i) {
        const char* name = zip_get_name(zip_, zip_uint64_t(i), 0);
        if (!name) continue;
        std::string folded(name);
        for (char& c : folded)
            if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        if (!names.insert(std::move(folded)).second) {
            const std::string message =
                trf("{} is not a workbook pymes reads: it has two parts named {}", source_, name);
            zip_discard(zip_);  // the constructor throws: no destructor will
            zip_ = nullptr;
            refuse(message);
        }
    }
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

TokenBound::Over TokenBound::scan(const char* bytes, std::size_t size, const XlsxLimits& limits) {
    static constexpr std::string_view kCdata = "[CDATA[";
    const char* const end = bytes + size;
    for (const char* p = bytes; p < end; ++p) {
        if (state_ == State::tag || state_ == State::quoted) {
            // Inside a tag, straight to the next byte that matters.
            const char* q = p;
            if (state_ == State::tag)
                while (q < end && *q != '>' && *q != '"' && *q != '\'' && *q != '\0') ++q;
            else
                while (q < end && *q != quote_ && *q != '\0') ++q;
            run_ += std::uint64_t(q - p);
            if (run_ > limits.xml_markup) return Over::markup;
            if (q == end) return Over::none;
            p = q;
        }
        const char c = *p;
        if (c == '\0') return Over::nul;
        switch (state_) {
            case State::text:
            case State::cdata:
            case State::cdata_bracket:
            case State::cdata_brackets:
                // Character data: the common case, so its run is found at once.
                if (state_ == State::text) {
                    const char* lt =
                        static_cast<const char*>(std::memchr(p, '<', std::size_t(end - p)));
                    const char* stop = lt ? lt : end;
                    if (std::memchr(p, '\0', std::size_t(stop - p))) return Over::nul;
                    run_ += std::uint64_t(stop - p);
                    if (run_ > limits.xml_text) return Over::text;
                    if (!lt) return Over::none;
                    p = lt;
                    state_ = State::open;
                    run_ = 1;
                    continue;
                }
                if (++run_ > limits.xml_text) return Over::text;
                if (c == ']')
                    state_ = state_ == State::cdata ? State::cdata_bracket : State::cdata_brackets;
                else if (c == '>' && state_ == State::cdata_brackets)
                    text_begins();
                else
                    state_ = State::cdata;
                continue;
            default:
                break;
        }
        // Markup: a tag, a comment, an instruction, a declaration.
        if (++run_ > limits.xml_markup) return Over::markup;
        switch (state_) {
            case State::open:
                state_ = c == '!' ? State::bang : c == '?' ? State::pi : State::tag;
                if (c == '>') text_begins();
                break;
            case State::bang:
                if (c == '-') {
                    state_ = State::bang_dash;
                } else if (c == '[') {
                    state_ = State::cdata_open;
                    matched_ = 1;
                } else {
                    state_ = State::tag;  // a declaration
                    if (c == '>') text_begins();
                }
                break;
            case State::bang_dash:
                state_ = c == '-' ? State::comment : State::tag;
                break;
            case State::cdata_open:
                if (c == kCdata[matched_]) {
                    if (++matched_ == kCdata.size()) {
                        state_ = State::cdata;
                        run_ = 0;
                    }
                } else {
                    state_ = State::tag;
                    if (c == '>') text_begins();
                }
                break;
            case State::tag:
                if (c == '"' || c == '\'') {
                    state_ = State::quoted;
                    quote_ = c;
                } else if (c == '>') {
                    text_begins();
                }
                break;
            case State::quoted:
                if (c == quote_) state_ = State::tag;
                break;
            case State::comment:
                if (c == '-') state_ = State::comment_dash;
                break;
            case State::comment_dash:
                state_ = c == '-' ? State::comment_dashes : State::comment;
                break;
            case State::comment_dashes:
                if (c == '>')
                    text_begins();
                else if (c != '-')
                    state_ = State::comment;
                break;
            case State::pi:
                if (c == '?') state_ = State::pi_question;
                break;
            case State::pi_question:
                if (c == '>')
                    text_begins();
                else if (c != '?')
                    state_ = State::pi;
                break;
            default:
                break;
        }
    }
    return Over::none;
}

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

void XmlStream::pause() { XML_StopParser(parser_, XML_TRUE); }

bool XmlStream::feed() {
    XML_Status status;
    if (paused_) {
        paused_ = false;
        status = XML_ResumeParser(parser_);
    } else {
        if (done_) return false;
        const std::size_t n = stream_.read(buffer_.data(), buffer_.size());
        done_ = n == 0;
        switch (bound_.scan(buffer_.data(), n, package_.limits())) {
            case TokenBound::Over::none:
                break;
            case TokenBound::Over::markup:
                package_.refuse(
                    trf("{}: the part {} has an XML tag, comment or instruction over {}",
                        package_.source(), part_, mib(package_.limits().xml_markup)));
            case TokenBound::Over::text:
                package_.refuse(trf("{}: the part {} has a run of text over {} without markup",
                                    package_.source(), part_, mib(package_.limits().xml_text)));
            case TokenBound::Over::nul:
                package_.refuse(trf("{}: the part {} is not UTF-8: it has a NUL byte",
                                    package_.source(), part_));
        }
        status = XML_Parse(parser_, buffer_.data(), int(n), done_);
    }
    if (status == XML_STATUS_SUSPENDED) {
        paused_ = true;
        return true;
    }
    if (status == XML_STATUS_ERROR) {
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
