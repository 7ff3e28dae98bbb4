#pragma once
/// The parts of a workbook: a zip archive read with libzip, each part an XML stream parsed with
/// expat (private to the io layer). Every byte read counts against XlsxLimits.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/core/files.hpp"
#include "pymes/io/xlsx.hpp"

struct zip;
struct zip_file;
struct XML_ParserStruct;

namespace pymes::detail {

class Package {
  public:
    Package(const std::string& path, std::string source, const XlsxLimits& limits);
    Package(std::string_view bytes, std::string source, const XlsxLimits& limits);
    ~Package();
    Package(const Package&) = delete;
    Package& operator=(const Package&) = delete;

    bool has(const std::string& part) const;
    const std::string& source() const { return source_; }
    const XlsxLimits& limits() const { return limits_; }
    /// A file that is not a workbook pymes can read: DataError (65) naming the file.
    /// Without a hint: save it again as .xlsx, or export CSV.
    [[noreturn]] void refuse(const std::string& message, std::string hint = {}) const;

    /// One part, read as a stream of bytes.
    class Stream {
      public:
        Stream(Package& package, const std::string& part);
        ~Stream();
        /// Up to `size` bytes into `buffer`; 0 at the end.
        std::size_t read(char* buffer, std::size_t size);

      private:
        Package& package_;
        std::string part_;
        zip_file* file_ = nullptr;
        std::uint64_t read_ = 0;
    };

  private:
    void opened(int error_code);
    void check_names();
    zip* zip_ = nullptr;
    std::string source_;
    XlsxLimits limits_;
    std::uint64_t total_ = 0;
};

/// What an XML part's elements say, by local name (namespace prefixes dropped).
class XmlHandler {
  public:
    virtual ~XmlHandler() = default;
    /// `attributes`: name, value, name, value, ..., nullptr (local names).
    virtual void start(std::string_view name, const char** attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view) {}
};

/// The value of attribute `name` (local name), or nullptr.
const char* attribute(const char** attributes, std::string_view name);

/// Watches the bytes given to expat for a token longer than XlsxLimits allows, in one pass over
/// each chunk before expat sees it (expat 2.5 reparses an unfinished token at every chunk; its
/// reparse deferral came in 2.6). It follows XML's lexical structure only as far as it must to
/// find where a token ends: a tag (a quoted attribute value may hold '>'), a comment, a
/// processing instruction, a CDATA section, a declaration. A NUL byte is refused: it is never
/// in UTF-8 XML, and a part in UTF-16 (every ASCII character beside a NUL) would hide '<' and
/// '>' bytes inside its characters from a scan of single bytes.
class TokenBound {
  public:
    enum class Over : unsigned char { none, markup, text, nul };
    Over scan(const char* bytes, std::size_t size, const XlsxLimits& limits);

  private:
    enum class State : unsigned char {
        text,
        open,        // after '<'
        bang,        // "<!"
        bang_dash,   // "<!-"
        cdata_open,  // "<![", "<![C", ... up to "<![CDATA["
        tag,
        quoted,
        comment,
        comment_dash,
        comment_dashes,
        pi,
        pi_question,
        cdata,
        cdata_bracket,
        cdata_brackets
    };
    void text_begins() {
        state_ = State::text;
        run_ = 0;
    }
    State state_ = State::text;
    char quote_ = 0;
    unsigned char matched_ = 0;  ///< of "[CDATA["
    std::uint64_t run_ = 0;      ///< bytes of the token or text being read
};

/// Parses a part a chunk at a time: feed() reads and parses one chunk (or goes on where a
/// handler paused it); false at its end.
class XmlStream {
  public:
    XmlStream(Package& package, const std::string& part, XmlHandler& handler);
    ~XmlStream();
    XmlStream(const XmlStream&) = delete;
    XmlStream& operator=(const XmlStream&) = delete;
    bool feed();
    /// Parses the whole part.
    void all() {
        while (feed()) {
        }
    }
    /// Stops the parse from a handler with `message` as the error.
    void stop(std::string message);
    /// From a handler: feed() returns once the handler does, and the next feed() goes on from
    /// there (a reader takes a row at a time, whatever a chunk holds).
    void pause();

  private:
    Package& package_;
    std::string part_;
    Package::Stream stream_;
    XML_ParserStruct* parser_;
    XmlHandler& handler_;
    std::string stopped_;
    bool done_ = false, paused_ = false;
    std::vector<char> buffer_;
    TokenBound bound_;
};

/// The parts a workbook names: its first sheet, its shared strings and styles, its date system.
struct WorkbookParts {
    std::string sheet, shared_strings, styles;
    bool date1904 = false;
};
WorkbookParts find_parts(Package& package);

/// The number formats of the cells' styles (cellXfs, by index): whether each shows a date, a
/// time of day, or a number.
enum class NumberKind : unsigned char { number, date, time, date_time };
std::vector<NumberKind> read_styles(Package& package, const std::string& part);
/// Whether a number format code shows a date or a time (y, m, d, h, s outside quotes, escapes
/// and brackets; `[h]` is a duration, a number).
NumberKind format_kind(std::string_view code);

/// The shared strings: string i is bytes [at[i], at[i+1]) of their text, which stays in memory
/// up to kInMemory bytes and past that goes to a temporary file (read back with pread), so that
/// a workbook saved by a spreadsheet (one table of every text in the sheet) costs no more
/// memory than one of inline strings. Of a string longer than kMaxCsvField only its first
/// kKept bytes are kept: enough to know that a cell cannot take it.
class SharedStrings {
  public:
    static constexpr std::size_t kInMemory = std::size_t{4} << 20;
    static constexpr std::size_t kKept = kMaxCsvField + 1;
    SharedStrings() = default;
    ~SharedStrings();
    SharedStrings(const SharedStrings&) = delete;
    SharedStrings& operator=(const SharedStrings&) = delete;
    std::size_t size() const { return at_.size() - 1; }
    /// The length of string i as kept: over kMaxCsvField when the string is.
    std::size_t length(std::size_t i) const { return std::size_t(at_[i + 1] - at_[i]); }
    std::uint64_t bytes() const { return total_; }
    void append(std::string_view text);  ///< to the string being read
    void end_string() { at_.push_back(total_); }
    void finish();  ///< after the last string
    std::string operator[](std::size_t i) const;

  private:
    void spill();
    std::string text_;  ///< every string, or (once spilled) what is not yet written
    std::vector<std::uint64_t> at_{0};
    std::uint64_t total_ = 0, written_ = 0;
    std::unique_ptr<TemporaryFile> file_;
    int fd_ = -1;
};
void read_shared_strings(Package& package, const std::string& part, SharedStrings& out);

/// A cell's number as text: an integer without a point, else the shortest decimal that reads
/// back the same double; a date serial as YYYY-MM-DD (HH:MM when it holds a time), a time as
/// HH:MM (HH:MM:SS when its seconds are not zero). False when `v` is not a number.
bool number_text(std::string_view v, NumberKind kind, bool date1904, std::string& out);

}  // namespace pymes::detail
