// libFuzzer target: any bytes as a date, a week, an amount, an area, and every field type of
// activities, meetings and projects. Accepted values must read back as themselves.
#include <cstdint>
#include <string>

#include "pymes/core/areas.hpp"
#include "pymes/core/dates.hpp"
#include "pymes/core/money.hpp"
#include "pymes/entities/entities.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string s(reinterpret_cast<const char*>(data), size);
    if (auto d = pymes::Date::parse_iso(s)) {
        if (pymes::Date::parse_iso(d->iso()) != d) __builtin_trap();
    }
    if (auto w = pymes::IsoWeek::parse(s)) {
        if (pymes::IsoWeek::of(w->monday()).label() != w->label()) __builtin_trap();
        if (pymes::IsoWeek::of(w->sunday()).label() != w->label()) __builtin_trap();
    }
    if (auto a = pymes::parse_amount(s)) {
        if (*a < 0 || pymes::parse_amount(pymes::format_amount(*a)) != a) __builtin_trap();
    }
    if (auto area = pymes::parse_area(s)) {
        if (pymes::parse_area(*area) != area) __builtin_trap();
    }
    for (const auto* spec :
         {&pymes::activity_spec(), &pymes::meeting_spec(), &pymes::project_spec()}) {
        for (const auto& field : spec->fields) {
            try {
                auto v = pymes::normalize(*spec, field, s);
                if (v && pymes::normalize(*spec, field, *v) != v)
                    __builtin_trap();  // canonical is a fixed point
            } catch (const pymes::FieldError&) {
            }
        }
    }
    return 0;
}
