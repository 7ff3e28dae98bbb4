#pragma once
/// The one HTML text escaper of the report layer (digest, notice, annual report, site).
/// Control characters other than TAB, LF and CR become U+FFFD.

#include <string>
#include <string_view>

namespace pymes {

/// `s` as HTML text or attribute value: & < > " ' become entities, every other byte stays.
std::string html_escape(std::string_view s);

}  // namespace pymes
