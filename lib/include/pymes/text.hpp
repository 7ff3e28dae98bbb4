#pragma once
/// Text helpers for a Spanish-speaking registry: folding for accent-insensitive matching,
/// terminal display width, and the closest of a set of words for "did you mean" hints.

#include <string>
#include <string_view>
#include <vector>

namespace pymes::text {

/// Lower-cases and strips the accents of Latin letters (`Capacitación` -> `capacitacion`).
std::string fold(std::string_view s);

/// Columns the UTF-8 text takes in a terminal (combining marks 0, wide East Asian 2).
std::size_t display_width(std::string_view s);

/// The longest prefix of `s` that fits in `width` columns, cut at a character boundary.
std::string_view fit(std::string_view s, std::size_t width);

/// True when `s` is valid UTF-8.
bool valid_utf8(std::string_view s);

/// The candidate nearest to `word` by edit distance, or empty when none is near enough.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

/// ASCII upper-case.
std::string upper(std::string_view s);

/// Trims ASCII white space at both ends.
std::string_view trim(std::string_view s);

}  // namespace pymes::text
