#pragma once
/// Progress of long work (import, export, backup), for a caller that wants to show it. The
/// library never prints: it calls the callback, at most every few hundred rows or pages, and
/// once more when the work is done (`finished`).

#include <cstdint>
#include <functional>

namespace pymes {

struct Progress {
    enum class Unit { rows, bytes, pages };
    std::uint64_t rows = 0;   ///< rows read or written so far (0 for a backup)
    Unit unit = Unit::rows;   ///< what `done` and `total` count
    std::uint64_t done = 0;   ///< rows, bytes of the input read, or pages copied
    std::uint64_t total = 0;  ///< of the same unit; 0 when unknown
    bool finished = false;
};

using ProgressFn = std::function<void(const Progress&)>;

}  // namespace pymes
