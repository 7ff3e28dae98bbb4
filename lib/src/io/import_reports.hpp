#pragma once
/// What an import found wrong, as FILE:LINE reports (SPEC §4), and where it wrote each row.
/// Private to the io layer.

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pymes/core/i18n.hpp"
#include "pymes/io/transfer.hpp"

namespace pymes::detail {

class Reports {
  public:
    explicit Reports(std::string source) : source_(std::move(source)) {}
    void add(std::size_t line, std::string_view column, std::string_view message) {
        ++total_;
        if (lines_.size() >= kMaxReportedErrors) return;
        lines_.emplace_back(
            line, column.empty() ? fmt::format("{}:{}: {}", source_, line, message)
                                 : fmt::format("{}:{}: {}: {}", source_, line, column, message));
    }
    /// Counts `n` more problems without their lines.
    void more(std::size_t n) { total_ += n; }
    bool any() const { return total_ > 0; }
    /// Throws the reports, in the order of their lines (a ref used twice is found at the end).
    [[noreturn]] void fail() {
        std::stable_sort(lines_.begin(), lines_.end(),
                         [](auto& a, auto& b) { return a.first < b.first; });
        std::vector<std::string> out;
        for (auto& l : lines_) out.push_back(std::move(l.second));
        if (total_ > out.size())
            out.push_back(fmt::format("{}: {}", source_,
                                      trnf("... and {} more problem", "... and {} more problems",
                                           static_cast<unsigned long>(total_ - out.size()))));
        throw ImportFailed(std::move(out), total_, source_);
    }

  private:
    std::string source_;
    std::vector<std::pair<std::size_t, std::string>> lines_;
    std::size_t total_ = 0;
};

/// The line of each row written while a table's unique indexes are set aside, as runs of
/// consecutive ids on consecutive lines: one run for a file of one line per row in id order.
class IdLines {
  public:
    static constexpr std::size_t kMaxRuns = 1 << 16;  // 1.5 MiB; past it, the indexes come back

    void add(std::int64_t id, std::size_t line) {
        if (!runs_.empty()) {
            Run& last = runs_.back();
            if (id == last.id + std::int64_t(last.count) && line == last.line + last.count) {
                ++last.count;
                return;
            }
        }
        runs_.push_back({id, line, 1});
    }
    bool full() const { return runs_.size() >= kMaxRuns; }
    void clear() { runs_ = {}; }
    std::optional<std::size_t> line_of(std::int64_t id) const {
        for (const Run& r : runs_)
            if (id >= r.id && id < r.id + std::int64_t(r.count))
                return r.line + std::size_t(id - r.id);
        return std::nullopt;
    }

  private:
    struct Run {
        std::int64_t id;
        std::size_t line, count;
    };
    std::vector<Run> runs_;
};

/// The line of each row an import wrote, by the record's id, as runs of consecutive ids on
/// consecutive lines (one run for a file in id order), so that a key used twice in one file is
/// reported with both its lines (SPEC §4) without memory growing with the file.
class KeyLines {
  public:
    void add(std::int64_t id, std::size_t line) {
        if (!runs_.empty()) {
            auto last = std::prev(runs_.end());
            if (id == last->first + std::int64_t(last->second.count) &&
                line == last->second.line + last->second.count) {
                ++last->second.count;
                return;
            }
        }
        if (line_of(id)) return;
        runs_.emplace(id, Run{line, 1});
    }
    std::optional<std::size_t> line_of(std::int64_t id) const {
        auto it = runs_.upper_bound(id);
        if (it == runs_.begin()) return std::nullopt;
        --it;
        if (id < it->first + std::int64_t(it->second.count))
            return it->second.line + std::size_t(id - it->first);
        return std::nullopt;
    }

  private:
    struct Run {
        std::size_t line, count;
    };
    std::map<std::int64_t, Run> runs_;
};

}  // namespace pymes::detail
