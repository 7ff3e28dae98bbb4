#pragma once
// What every format of the digest says, as lines of prose: built once by sections(), shown by
// the text, Markdown and HTML renderers (digest_render.cpp). JSON (digest_json.cpp) shows the
// Digest value itself.

#include <fmt/format.h>

#include <ostream>
#include <string>
#include <vector>

#include "pymes/report/digest.hpp"
#include "report/digest_catalogue.hpp"

namespace pymes::digest_model {

namespace w = digest_text;

struct Line {
    std::string text;
    bool highlight = false;
    std::vector<std::string> details;
};
struct Group {
    std::string heading;  ///< an area, then an institution
    std::vector<Group> groups;
    std::vector<Line> lines;
};
struct More {
    std::string text;     ///< "and 3 more, listed by:"
    std::string command;  ///< shown whole, never wrapped: people copy it
    /// Shown after this many of the section's lines (a section may hold two lists, each cut
    /// short); at the section's end when it is not less than the number of lines.
    std::size_t after = std::size_t(-1);
};
struct Section {
    std::string key;
    std::string heading;
    std::string summary;  ///< counts by area
    std::vector<Line> lines;
    std::vector<Group> groups;
    std::vector<More> more;  ///< one for each list of the section that was cut short
};

/// The catalogue's phrase for `key`, with its {0}, {1}... filled in.
template <class... A>
std::string say(w::Key key, Language language, A&&... args) {
    return fmt::format(fmt::runtime(w::word(key, language)), std::forward<A>(args)...);
}

/// The section's "more" notes that come right after its line `i` (0-based) when that is not
/// its last line; mores_at_end() gives the rest.
std::vector<const More*> mores_after_line(const Section& s, std::size_t i);
std::vector<const More*> mores_at_end(const Section& s);

/// The sections that have something to say, in the digest's order.
std::vector<Section> sections(const Digest& d);

/// "Week 2026-W47: 16 to 22 November 2026", "From ...", "On ...".
std::string period_line(const Digest& d);

/// Parties, active projects, activities of the year, each as "label: n".
std::vector<std::string> totals(const Digest& d);

}  // namespace pymes::digest_model

namespace pymes {
/// The digest as one JSON object (digest_json.cpp).
void render_digest_json(std::ostream& out, const Digest& d);
}  // namespace pymes
