#include "progress.hpp"

#include <fmt/format.h>

#include <cmath>

#include "pymes/core/i18n.hpp"

namespace pymes::cli {

namespace {

constexpr auto kEvery = std::chrono::milliseconds(100);  // ten updates a second at most
constexpr const char* kErase = "\r\033[K";

std::string bytes_text(double b) {
    if (b >= 1e9) return fmt::format("{:.1f} GB", b / 1e9);
    if (b >= 1e6) return fmt::format("{:.1f} MB", b / 1e6);
    if (b >= 1e3) return fmt::format("{:.0f} kB", b / 1e3);
    return fmt::format("{:.0f} B", b);
}

std::string seconds_text(double s) {
    const auto n = static_cast<long long>(std::ceil(s));
    if (n >= 60) return fmt::format("{}:{:02}", n / 60, n % 60);
    return fmt::format("{} s", n);
}

}  // namespace

std::string progress_text(const std::string& what, const Progress& p, double elapsed) {
    std::string line = what + ": ";
    const std::string rows = fmt::format(
        fmt::runtime(trn("{} row", "{} rows", static_cast<unsigned long>(p.rows))), p.rows);
    const double rate = elapsed > 0 ? double(p.done) / elapsed : 0;
    switch (p.unit) {
        case Progress::Unit::rows:
            line += rows;
            if (rate > 0) line += ", " + trf("{:.0f} rows/s", rate);
            break;
        case Progress::Unit::bytes:
            line += rows + ", " + bytes_text(double(p.done));
            if (p.total) line += " " + trf("of {}", bytes_text(double(p.total)));
            if (rate > 0) line += ", " + bytes_text(rate) + "/s";
            break;
        case Progress::Unit::pages:
            line += trf("{} of {} pages", p.done, p.total);
            if (rate > 0) line += ", " + trf("{:.0f} pages/s", rate);
            break;
    }
    if (p.total && p.done <= p.total) {
        line += fmt::format(" ({}%)", p.done * 100 / p.total);
        if (rate > 0) line += ", " + trf("{} left", seconds_text(double(p.total - p.done) / rate));
    }
    return line;
}

ProgressLine::ProgressLine(Context& ctx, std::string what)
    : ctx_(ctx), what_(std::move(what)), start_(Clock::now()) {
    enabled_ = ctx.err_is_tty() && !ctx.global.quiet;
    if (auto ms = ctx.env()("PYMES_PROGRESS_AFTER_MS")) {
        try {
            after_ = std::chrono::milliseconds(std::stoll(*ms));
        } catch (const std::exception&) {
        }
    }
}

ProgressLine::~ProgressLine() { clear(); }

ProgressFn ProgressLine::callback() {
    if (!enabled_) return {};
    return [this](const Progress& p) { update(p); };
}

void ProgressLine::update(const Progress& p) {
    const auto now = Clock::now();
    if (now - start_ < after_) return;
    if (drawn_ && now - last_ < kEvery) return;
    last_ = now;
    drawn_ = true;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    ctx_.err << kErase << progress_text(what_, p, elapsed) << std::flush;
}

void ProgressLine::clear() {
    if (!drawn_) return;
    drawn_ = false;
    ctx_.err << kErase << std::flush;
}

}  // namespace pymes::cli
