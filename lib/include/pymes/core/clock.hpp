#pragma once
/// The one clock of the library: every "today" and "now" goes through a Clock, which the
/// caller injects (OpenOptions::clock). The command line builds it from `--today`,
/// `PYMES_TODAY` and the config's `timezone`.

#include <optional>
#include <string>

#include "pymes/core/dates.hpp"

namespace pymes {

class Clock {
  public:
    /// The real clock. "Today" is the local date in `timezone` (an IANA name such as
    /// America/Lima); empty means the process's local time zone (TZ, else the system's).
    /// An unknown zone is a ConfigError (78) when today() is first asked for.
    static Clock real(std::string timezone = {});
    /// A stopped clock: today() is `day`, and now_utc() is `day` at 00:00:00Z, so that history
    /// order and every date a run writes are reproducible (tests, back-dating, a digest again).
    static Clock fixed(Date day);

    Date today() const;
    /// `YYYY-MM-DDTHH:MM:SSZ`: the time stamped on history rows.
    std::string now_utc() const;
    /// `YYYY-MM-DDTHH:MM:SSZ` of the first instant after local day `day` (in this clock's time
    /// zone; a stopped clock's days are UTC days, as its history times are): a history row
    /// stamped before it was recorded by the end of `day`.
    std::string end_of_day_utc(Date day) const;
    bool is_fixed() const { return fixed_.has_value(); }
    const std::string& timezone() const { return timezone_; }

  private:
    std::optional<Date> fixed_;
    std::string timezone_;
};

}  // namespace pymes
