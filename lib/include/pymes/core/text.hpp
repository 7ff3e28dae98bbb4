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

/// `s` as lines of at most `width` columns (display width): words are kept whole where they fit
/// and a word longer than a line is broken at character boundaries (SPEC §5: nothing is lost,
/// nothing overflows). Words are separated by ASCII white space (a no-break space joins). At
/// least one line, empty when `s` holds no word.
std::vector<std::string> wrap(std::string_view s, std::size_t width);

/// True when `s` is valid UTF-8.
bool valid_utf8(std::string_view s);

/// The candidate nearest to `word` by edit distance, or empty when none is near enough.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

/// How many lines a field may hold (SPEC §2): codes, names, titles, places... fit on one line
/// and hold no control character; long fields (description, notes, agenda, minutes) may also
/// hold line feeds and tabs.
enum class Lines { one, several };

/// What makes `s` unfit for a field of `lines`, in a coordinator's words ("is not valid UTF-8
/// text", "holds a control character (U+001B)"); empty when it is fit. Check what `unix_lines`
/// gives (a CR LF typed on Windows is a line break): any CR left is refused, so that a value
/// accepted once is accepted unchanged again (the fuzzer found "\r\r\n" -> "\r\n" -> "\n").
std::string text_problem(std::string_view s, Lines lines);

/// What makes `s` unfit as a web address, in a coordinator's words; empty when it is fit: the
/// scheme http or https, a host with a dot (or localhost), no spaces.
std::string url_problem(std::string_view s);

/// Every CR LF as LF (a text typed or saved on Windows); a lone CR is left for text_problem.
std::string unix_lines(std::string_view s);

/// `s` as XML 1.0 can carry it: each control character but TAB, LF and CR (C0, DEL, C1; most
/// of C0 is not allowed in XML at all) replaced by U+FFFD.
std::string xml_safe(std::string_view s);

/// `s` as it may safely reach a terminal: control characters written as visible escapes
/// (`\x1b` for C0 and DEL, `\u0085` for C1) and bytes that are not UTF-8 as `\xff`;
/// line feeds and tabs are kept when `lines` is `several` (a CR is always escaped).
std::string visible(std::string_view s, Lines lines = Lines::one);

/// `s` with every byte that is not part of valid UTF-8 replaced by U+FFFD.
std::string to_valid_utf8(std::string_view s);

/// ASCII upper-case.
std::string upper(std::string_view s);

/// Trims ASCII white space at both ends.
std::string_view trim(std::string_view s);

}  // namespace pymes::text
