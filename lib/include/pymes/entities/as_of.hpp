#pragma once
/// The registry as it stood at the end of a day (SPEC §2, "Two times"; issue 27).
///
/// While an AsOf is alive, every query of the library on that registry reads what the registry
/// held at the end of `day`: records recorded later are absent, fields and statuses are as they
/// stood, corrections and annulments made later are not yet applied, renamed codes are the codes
/// of then. It is built from today's tables and the history recorded after the day (a query over
/// what changed since, never a replay of the whole log), as TEMP tables that shadow the main ones
/// on this connection; nothing is written to the registry file, so a read-only registry works too.
/// When the registry learnt nothing after `day`, it does nothing at all.

#include <memory>

#include "pymes/core/dates.hpp"

namespace pymes {

class Registry;

class AsOf {
  public:
    AsOf(Registry& registry, Date day);
    ~AsOf();
    AsOf(const AsOf&) = delete;
    AsOf& operator=(const AsOf&) = delete;

  private:
    Registry& registry_;
    bool shadowing_ = false;
};

}  // namespace pymes
