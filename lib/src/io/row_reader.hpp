#pragma once
/// Reading and checking an import's rows on a thread of their own (private to the io layer).

#include <fmt/format.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/io/csv.hpp"
#include "pymes/io/transfer.hpp"

namespace pymes::detail {

/// One row as the reading thread hands it over: its fields (spreadsheet quoting undone for --excel)
/// and, for activities, meetings and projects, their values normalized, or what is wrong with it.
struct ParsedRow {
    std::size_t line = 0;
    std::vector<std::string> fields;
    std::optional<Record> incoming;
    bool bad = false, stop = false;  ///< stop: a CSV syntax error, past which rows are a guess
    std::string column, message;
    /// Values today's rules refuse, kept in `incoming` as the file gives them (trimmed): right
    /// only where the record the row updates holds exactly that (a 0.1 url without a scheme,
    /// exported and imported again). Free text alone, never a key or a reference.
    struct Unchecked {
        std::size_t field;
        std::string message;
    };
    std::vector<Unchecked> unchecked;
    std::size_t bytes = 0;  ///< what it holds in memory, about (row_bytes)
};

/// About what a row holds in memory: its strings' buffers and the slots that hold them.
inline std::size_t row_bytes(const ParsedRow& r) {
    std::size_t n = sizeof(ParsedRow) + r.message.capacity() + r.column.capacity();
    for (const auto& f : r.fields) n += sizeof(f) + f.capacity();
    if (r.incoming)
        for (const auto& v : r.incoming->values) n += sizeof(v) + (v ? v->capacity() : 0);
    for (const auto& u : r.unchecked) n += sizeof(u) + u.message.capacity();
    return n;
}

/// Whether a value of this type that today's rules refuse may wait for the record it updates.
inline bool may_be_held(FieldType type) {
    return type == FieldType::text || type == FieldType::title || type == FieldType::long_text ||
           type == FieldType::url || type == FieldType::tags || type == FieldType::email;
}

/// Reading, decoding and checking the rows of a file runs on a thread of its own, a bounded
/// number of bytes ahead of the thread that writes them: the import overlaps the two and holds
/// about kAheadBytes of rows waiting (at least one batch), however long the file and however
/// large its rows. A batch is kBatchRows rows or kBatchBytes, whichever comes first.
class RowReader {
  public:
    static constexpr std::size_t kBatchRows = 512, kBatchBytes = 256 << 10, kAheadBytes = 1 << 20;
    using Batch = std::vector<ParsedRow>;

    RowReader(RowSource& reader, std::size_t columns, const EntitySpec* spec,
              std::vector<std::size_t> given, bool unescape, std::string default_zone = {})
        : reader_(reader),
          columns_(columns),
          spec_(spec),
          given_(std::move(given)),
          unescape_(unescape),
          default_zone_(std::move(default_zone)) {
        thread_ = std::thread([this] { run(); });
    }
    ~RowReader() {
        {
            std::lock_guard lock(mutex_);
            cancelled_ = true;
        }
        changed_.notify_all();
        thread_.join();
    }

    /// The next batch; false when the file is read. Rethrows what failed on the reading thread.
    bool next(Batch& batch) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return !queue_.empty() || done_; });
        if (queue_.empty()) {
            if (error_) std::rethrow_exception(error_);
            return false;
        }
        batch = std::move(queue_.front().rows);
        queued_ -= queue_.front().bytes;
        queue_.pop_front();
        changed_.notify_all();
        return true;
    }

    /// Bytes of the file read so far (a few batches ahead of the rows handed over).
    std::uint64_t bytes_read() const { return bytes_.load(std::memory_order_relaxed); }

  private:
    void run() {
        try {
            Batch batch;
            std::size_t bytes = 0;
            std::vector<std::string> row;
            bool more = true;
            while (more) {
                ParsedRow& r = batch.emplace_back();
                more = read(r, row);
                if (!more && !r.stop) batch.pop_back();
                if (r.stop) more = false;
                if (more || r.stop) {
                    r.bytes = row_bytes(r);
                    bytes += r.bytes;
                }
                if (batch.size() == kBatchRows || bytes >= kBatchBytes ||
                    (!more && !batch.empty())) {
                    bytes_.store(reader_.bytes_read(), std::memory_order_relaxed);
                    if (!push(std::move(batch), bytes)) return;
                    batch = Batch();
                    bytes = 0;
                }
            }
        } catch (...) {
            std::lock_guard lock(mutex_);
            error_ = std::current_exception();
        }
        std::lock_guard lock(mutex_);
        done_ = true;
        changed_.notify_all();
    }

    /// Reads one row into `r`; false at the end of the file or at a syntax error (r.stop).
    bool read(ParsedRow& r, std::vector<std::string>& row) {
        try {
            if (!reader_.next(row)) return false;
        } catch (const CsvError& e) {
            r = ParsedRow{e.line,
                          {},
                          std::nullopt,
                          true,
                          true,
                          "",
                          e.hint().empty() ? std::string(e.what())
                                           : fmt::format("{} ({})", e.what(), e.hint()),
                          {}};
            return false;
        }
        r.line = reader_.line();
        if (row.size() != columns_) {
            r.bad = true;
            r.message = trnf("{} field, but the header has {}", "{} fields, but the header has {}",
                             row.size(), columns_);
            return true;
        }
        if (!spec_) {
            r.fields.reserve(row.size());
            for (auto& f : row)
                r.fields.push_back(unescape_ ? spreadsheet_unsafe(f) : std::move(f));
            return true;
        }
        try {
            Record incoming = blank_record(*spec_);
            for (std::size_t c = 0; c < columns_; ++c) {
                const Field& field = spec_->fields[given_[c]];
                std::string unescaped;  // only for --excel: no copy of every field otherwise
                if (unescape_) unescaped = spreadsheet_unsafe(row[c]);
                const std::string_view raw = unescape_ ? unescaped : std::string_view(row[c]);
                try {
                    incoming.values[given_[c]] = normalize(*spec_, field, raw);
                } catch (const FieldError& e) {
                    if (!may_be_held(field.type)) throw;
                    incoming.values[given_[c]] = std::string(text::trim(raw));
                    r.unchecked.push_back({given_[c], e.detail});
                }
            }
            // A time without a zone takes the default zone, as `meeting add` gives it.
            if (!default_zone_.empty() && spec_->field("timezone") && incoming.get("time") &&
                !incoming.get("timezone"))
                incoming.at("timezone") = default_zone_;
            r.incoming = std::move(incoming);
        } catch (const FieldError& e) {
            r.bad = true;
            r.column = e.field;
            r.message = e.with_hint();
        }
        return true;
    }

    bool push(Batch batch, std::size_t bytes) {
        std::unique_lock lock(mutex_);
        changed_.wait(
            lock, [&] { return queue_.empty() || queued_ + bytes <= kAheadBytes || cancelled_; });
        if (cancelled_) return false;
        queue_.push_back({std::move(batch), bytes});
        queued_ += bytes;
        changed_.notify_all();
        return true;
    }

    RowSource& reader_;
    const std::size_t columns_;
    const EntitySpec* spec_;
    const std::vector<std::size_t> given_;
    const bool unescape_;
    const std::string default_zone_;
    std::atomic<std::uint64_t> bytes_{0};
    std::mutex mutex_;
    std::condition_variable changed_;
    struct Queued {
        Batch rows;
        std::size_t bytes;
    };
    std::deque<Queued> queue_;
    std::size_t queued_ = 0;  ///< bytes of the rows in queue_
    bool done_ = false, cancelled_ = false;
    std::exception_ptr error_;
    std::thread thread_;  // last: it starts once everything above is ready
};

}  // namespace pymes::detail
