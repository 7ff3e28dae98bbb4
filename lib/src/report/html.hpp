#pragma once
/// The one HTML text escaper of the report layer (digest, notice, annual report, site).
/// Control characters other than TAB, LF and CR become U+FFFD.

#include <string>
#include <string_view>

namespace pymes {

/// `s` as HTML text or attribute value: & < > " ' become entities, every other byte stays.
std::string html_escape(std::string_view s);

/// `s` as HTML text (never an attribute value): escaped as html_escape does, and every run of
/// digits joined by hyphens or en dashes (a range `22–24`, a reference `2012-1`) in a span that
/// keeps it on one line, where a browser would otherwise break after the dash.
std::string html_text(std::string_view s);

}  // namespace pymes
