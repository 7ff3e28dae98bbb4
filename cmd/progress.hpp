#pragma once
// One progress line on stderr for long work (import, export, backup): drawn only when stderr is
// a terminal and -q was not given, once the work has run past a second ($PYMES_PROGRESS_AFTER_MS
// sets that threshold; tests set 0), at most ten times a second, and erased when it ends.

#include <chrono>
#include <cstdint>
#include <string>

#include "context.hpp"
#include "pymes/core/progress.hpp"

namespace pymes::cli {

class ProgressLine {
  public:
    /// `what` names the work ("activity import").
    ProgressLine(Context& ctx, std::string what);
    ~ProgressLine();  ///< erases the line if one was drawn
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    /// The callback to hand to the library; empty when no line is ever drawn.
    ProgressFn callback();
    /// Erases the line (before anything else is written to stderr).
    void clear();

  private:
    using Clock = std::chrono::steady_clock;
    void update(const Progress& p);

    Context& ctx_;
    std::string what_;
    bool enabled_ = false, drawn_ = false;
    Clock::time_point start_, last_{};
    std::chrono::milliseconds after_{1000};
};

/// The text of one progress line (without the leading "\r\033[K"), `elapsed` seconds in.
std::string progress_text(const std::string& what, const Progress& p, double elapsed);

}  // namespace pymes::cli
