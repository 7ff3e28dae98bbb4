#pragma once
/// A streaming RFC 4180 reader: quoted fields with delimiters, doubled quotes and line breaks,
/// CRLF or LF, a UTF-8 byte-order mark skipped, Latin-1 and Windows-1252 converted. It refuses
/// (never guesses) what it cannot read exactly: UTF-16, NUL bytes, lone CRs (old Mac line
/// ends), text after a closing quote, unclosed quotes, invalid UTF-8 — each error names the
/// line. A field over 1 MiB or a record over 16 MiB is refused too, so that memory stays
/// bounded whatever the input (an unclosed quote never swallows the rest of a file). A quote inside
/// a field that does not start with one is text (`37.8"N`), as in csv-spectrum and most readers.

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "pymes/core/encoding.hpp"
#include "pymes/core/errors.hpp"

namespace pymes {

/// A name or alias of kEncodingTable (pymes/core/encoding.hpp); throws UsageError otherwise.
Encoding parse_encoding(std::string_view name);

/// A file that is not CSV we can read exactly, at a line (exit 65).
struct CsvError : DataError {
    CsvError(std::size_t l, const std::string& message, std::string hint = {})
        : DataError(message, std::move(hint)), line(l) {}
    std::size_t line;
};

/// Rows of text fields, from a CSV file or a workbook's sheet: what an import reads.
class RowSource {
  public:
    virtual ~RowSource() = default;
    /// Reads the next row into `fields`; false at the end. Empty rows are skipped. A row that
    /// cannot be read is a CsvError naming its line.
    virtual bool next(std::vector<std::string>& fields) = 0;
    /// The line (the spreadsheet's row number) on which the last row began.
    virtual std::size_t line() const = 0;
    /// Bytes of the input consumed so far, for progress; 0 when the source cannot tell.
    virtual std::uint64_t bytes_read() const { return 0; }
};

class CsvReader : public RowSource {
  public:
    CsvReader(std::istream& in, char delimiter = ',', Encoding encoding = Encoding::utf8);

    /// Reads the next record into `fields`; false at the end. Empty lines are skipped.
    bool next(std::vector<std::string>& fields) override;
    /// The line on which the last record began (1 is the first line of the file).
    std::size_t line() const override { return record_line_; }
    /// Bytes of the input consumed so far (for progress).
    std::uint64_t bytes_read() const override { return read_ - (end_ - pos_); }

  private:
    int get();  ///< next byte, or -1 at the end
    int peek();
    void finish_field(std::vector<std::string>& fields, std::size_t& count);
    /// After LF, or CR that must be followed by LF (a lone CR is refused): the next line.
    void end_line(int c);
    /// Adds a byte to the field, refusing a field or a record past its bound.
    void append(char c);

    std::istream& in_;
    char delimiter_;
    Encoding encoding_;
    std::vector<char> buffer_;
    std::size_t pos_ = 0, end_ = 0;
    std::uint64_t read_ = 0;
    bool eof_ = false, started_ = false;
    std::size_t line_ = 1, record_line_ = 0;
    std::string field_;
    std::size_t record_bytes_ = 0;  ///< of the record's fields finished so far, delimiters included
};

/// The bounds of one field and one record (SPEC §4): far above any real value, far below memory.
constexpr std::size_t kMaxCsvField = std::size_t{1} << 20;
constexpr std::size_t kMaxCsvRecord = std::size_t{16} << 20;
/// Fields of one record, as many as a spreadsheet's columns: each costs a string's slot (32
/// bytes) however short, so 8 MiB of commas would otherwise take 256 MiB.
constexpr std::size_t kMaxCsvFields = 16384;

/// Text in `encoding` as UTF-8 (Latin-1 and Windows-1252 map every byte; UTF-8 is checked).
bool to_utf8(std::string_view in, Encoding encoding, std::string& out);

}  // namespace pymes
