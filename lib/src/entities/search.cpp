// search TEXT (SPEC §3): full-text search over activities, meetings and projects, and the FTS5
// query that the words people type become (also `activity list --search`).
//
// The indexes are migration 0012's: each record's text columns, its area's code as one word
// (activities and projects), and `joined`, its words with the marks that join parts of a word
// taken out, so that `obrien` finds O'Brien. What people type is never FTS5 syntax: every word
// is a quoted string.
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string_view>

#include "pymes/core/areas.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"

namespace pymes {

namespace {

/// The marks that join the parts of a word (O'Brien, e-commerce), as migration 0012's `joined`
/// column takes them out.
constexpr std::array<std::string_view, 3> kJoiners = {"'", "’", "-"};

std::string without_joiners(std::string_view word) {
    std::string out(word);
    for (std::string_view mark : kJoiners)
        for (std::size_t at; (at = out.find(mark)) != std::string::npos;)
            out.erase(at, mark.size());
    return out;
}

std::string fts_string(std::string_view word) {
    std::string q = "\"";
    for (char c : word) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

/// A word: itself, or, when marks join its parts, either that or its parts joined.
std::string word_term(std::string_view word) {
    const std::string joined = without_joiners(word);
    if (joined == word || joined.empty()) return fts_string(word);
    return "(" + fts_string(word) + " OR " + fts_string(joined) + ")";
}

std::vector<std::string_view> words_of(std::string_view s) {
    std::vector<std::string_view> words;
    while (!s.empty()) {
        const auto start = s.find_first_not_of(" \t\r\n");
        if (start == std::string_view::npos) break;
        s.remove_prefix(start);
        const auto end = s.find_first_of(" \t\r\n");
        words.push_back(s.substr(0, end));
        if (end == std::string_view::npos) break;
        s.remove_prefix(end);
    }
    return words;
}

/// The query of `input`; with `areas`, a run of words that names an area (in any language the
/// input accepts: `transferencia tecnologica`, `capacitação`, `public policy`) also matches
/// the area's code in the index, and `named` gets the area's code.
std::string build_query(std::string_view input, bool areas, std::vector<std::string>* named) {
    constexpr std::size_t kLongestAreaName = 4;  // words: "administración y gestión"
    const auto words = words_of(input);
    std::string query;
    for (std::size_t i = 0; i < words.size();) {
        std::string term;
        std::size_t used = 1;
        for (std::size_t n = areas ? std::min(kLongestAreaName, words.size() - i) : 0; n > 0; --n) {
            std::string run;
            for (std::size_t k = i; k < i + n; ++k)
                run += (run.empty() ? "" : " ") + std::string(words[k]);
            const auto area = parse_area(run);
            if (!area) continue;
            std::string all;
            for (std::size_t k = i; k < i + n; ++k)
                all += (all.empty() ? "" : " AND ") + word_term(words[k]);
            std::string code = *area;
            code.erase(std::remove(code.begin(), code.end(), '-'), code.end());
            term =
                fmt::format("({} OR area : {})", n > 1 ? "(" + all + ")" : all, fts_string(code));
            if (named) named->push_back(*area);
            used = n;
            break;
        }
        if (term.empty()) term = word_term(words[i]);
        query += (query.empty() ? "" : " AND ") + term;
        i += used;
    }
    return query;
}

/// Snippet markers that no stored text holds (SPEC §2 refuses control characters), made
/// brackets once the snippet is chosen.
constexpr char kOpen = '\x02', kClose = '\x03';

std::size_t marks(const std::string& s) {
    return std::size_t(std::count(s.begin(), s.end(), kOpen));
}

std::string bracketed(std::string s) {
    std::replace(s.begin(), s.end(), kOpen, '[');
    std::replace(s.begin(), s.end(), kClose, ']');
    return s;
}

bool word_char(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

/// A snippet of `text` with the words whose parts, joined, are one of `terms` (folded) marked:
/// what the `joined` column matched, shown as the record writes it ("[O'Brien]").
std::string joined_snippet(std::string_view text, const std::vector<std::string>& terms) {
    constexpr std::size_t kWords = 12, kBefore = 4;
    auto words = words_of(text);
    std::vector<std::string> shown;
    std::optional<std::size_t> first;
    for (auto w : words) {
        std::size_t a = 0, b = w.size();
        while (a < b && !word_char(static_cast<unsigned char>(w[a]))) ++a;
        while (b > a && !word_char(static_cast<unsigned char>(w[b - 1]))) --b;
        const std::string key = text::fold(without_joiners(w.substr(a, b - a)));
        if (a < b && std::find(terms.begin(), terms.end(), key) != terms.end()) {
            if (!first) first = shown.size();
            shown.push_back(
                fmt::format("{}[{}]{}", w.substr(0, a), w.substr(a, b - a), w.substr(b)));
        } else {
            shown.emplace_back(w);
        }
    }
    if (!first) return {};
    const std::size_t from = *first > kBefore ? *first - kBefore : 0;
    const std::size_t to = std::min(shown.size(), from + kWords);
    std::string out = from > 0 ? "…" : "";
    for (std::size_t k = from; k < to; ++k) out += (k == from ? "" : " ") + shown[k];
    return to < shown.size() ? out + "…" : out;
}

/// What each kind's index holds: its display columns (the first `columns` of the index, and
/// of the record's own columns read here), whether it has an area.
struct Kind {
    const char* name;
    const char* fts;
    const char* table;
    std::size_t columns;
    bool areas;
    const char* fields;  ///< title, place, date, area, then the display columns
};

constexpr std::array<Kind, 3> kKinds = {{
    {"activity", "activity_fts", "activity", 3, true,
     "r.title, NULL, r.start_on, r.area, r.title, r.description, r.tags"},
    {"meeting", "meeting_fts", "meeting", 4, false,
     "r.title, r.place, r.date, NULL, r.title, r.place, r.agenda, r.minutes"},
    {"project", "project_fts", "project", 3, true,
     "r.title, NULL, r.start_on, r.area, r.title, r.description, r.funding"},
}};

std::string text_of(const SQLite::Column& c) { return c.isNull() ? "" : c.getString(); }

}  // namespace

std::string fts_query(std::string_view text, bool areas) {
    return build_query(text, areas, nullptr);
}

std::vector<SearchHit> search(Registry& registry, const std::string& text, int limit,
                              std::int64_t* found) {
    SQLite::Database& db = db_of(registry);
    std::vector<std::string> named;  // the areas the words name
    const std::string with_areas = build_query(text, true, &named);
    const std::string without = build_query(text, false, nullptr);
    if (without.empty()) throw UsageError(tr("search: give at least one word to look for"));
    auto query_of = [&](const Kind& k) { return k.areas ? with_areas : without; };
    // First the best `limit` matches by bm25 (lower is better, comparable across the three
    // indexes), then titles and snippets for those alone: a snippet costs far more than a rank.
    // Ranking costs about a microsecond a match; words found in more than kRankedMatches
    // records (a word in most of a million activities, where bm25 says next to nothing) are
    // ranked among the newest `limit` of each kind only.
    constexpr std::int64_t kRankedMatches = 20'000;
    std::int64_t matches = 0;
    for (const Kind& k : kKinds) {
        SQLite::Statement c(db, fmt::format("SELECT count(*) FROM {0} WHERE {0} MATCH ?", k.fts));
        c.bind(1, query_of(k));
        c.executeStep();
        matches += c.getColumn(0).getInt64();
    }
    if (found) *found = matches;
    // bm25 depends on each index's own word counts: a word in every one of few meetings scores
    // near zero there while it scores high among many activities. Each kind's scores are
    // therefore taken relative to its best match, so the best meeting stands with the best
    // activity instead of after all of them; equal standing goes by bm25 itself.
    const std::string newest = matches > kRankedMatches ? " ORDER BY rowid DESC LIMIT ?2" : "";
    std::string ranked;
    int param = 3;
    for (const Kind& k : kKinds) {
        ranked += fmt::format(
            "{0}SELECT '{1}' AS kind, id, coalesce(rank / nullif(min(rank) OVER (), 0), 1) AS "
            "score, rank FROM (SELECT rowid AS id, bm25({2}) AS rank FROM {2} WHERE {2} MATCH "
            "?{3}{4})",
            ranked.empty() ? "" : " UNION ALL ", k.name, k.fts, param++, newest);
    }
    SQLite::Statement q(db, "SELECT kind, id, score FROM (" + ranked +
                                ") ORDER BY score DESC, rank, kind, id LIMIT ?2");
    q.bind(2, limit);
    param = 3;
    for (const Kind& k : kKinds) q.bind(param++, query_of(k));
    std::vector<SearchHit> hits;
    while (q.executeStep())
        hits.push_back({q.getColumn(0).getString(),
                        q.getColumn(1).getInt64(),
                        {},
                        {},
                        {},
                        q.getColumn(2).getDouble()});
    for (auto& hit : hits) {
        const Kind& k = *std::find_if(kKinds.begin(), kKinds.end(),
                                      [&](const Kind& x) { return hit.kind == x.name; });
        // The snippet of the column that matched best, then of each display column: the best
        // may be the area or the joined words, which are not what the record says.
        std::string snippets = fmt::format("snippet({}, -1, char(2), char(3), '…', 12)", k.fts);
        for (std::size_t c = 0; c < k.columns; ++c)
            snippets += fmt::format(", snippet({}, {}, char(2), char(3), '…', 12)", k.fts, c);
        // The names come from kKinds, never from input.
        SQLite::Statement detail(
            db, fmt::format("SELECT {0}, {1} FROM {2} JOIN {3} r ON r.id = {2}.rowid "
                            "WHERE {2} MATCH ?1 AND {2}.rowid = ?2",
                            k.fields, snippets, k.fts, k.table));
        detail.bind(1, query_of(k));
        detail.bind(2, hit.id);
        if (!detail.executeStep()) continue;
        const std::string title = text_of(detail.getColumn(0)),
                          place = text_of(detail.getColumn(1));
        hit.date = text_of(detail.getColumn(2));
        const std::string area = text_of(detail.getColumn(3));
        // TRANSLATORS: a meeting without a title or a place, in search results; {} is its date.
        hit.title = !title.empty()   ? title
                    : !place.empty() ? place
                                     : trf("meeting of {}", hit.date);
        const int first_text = 4, best = first_text + int(k.columns), first_snippet = best + 1;
        const std::string overall = text_of(detail.getColumn(best));
        std::string chosen;
        std::size_t most = 0;
        for (std::size_t c = 0; c < k.columns; ++c) {
            std::string s = text_of(detail.getColumn(first_snippet + int(c)));
            if (s == overall && marks(s) > 0) {
                chosen = s;
                break;
            }
            if (marks(s) > most) {
                most = marks(s);
                chosen = std::move(s);
            }
        }
        if (!chosen.empty()) {
            hit.snippet = bracketed(chosen);
        } else if (!area.empty() && std::find(named.begin(), named.end(), area) != named.end()) {
            hit.snippet = "[" + area_label(area, interface_language()) + "]";
        } else {
            // Only the joined words matched: the words marked there, found in the record's text.
            std::vector<std::string> terms;
            for (std::size_t at = 0; (at = overall.find(kOpen, at)) != std::string::npos;) {
                const auto end = overall.find(kClose, at);
                terms.push_back(text::fold(overall.substr(at + 1, end - at - 1)));
                at = end == std::string::npos ? overall.size() : end;
            }
            for (std::size_t c = 0; c < k.columns && hit.snippet.empty(); ++c)
                hit.snippet = joined_snippet(text_of(detail.getColumn(first_text + int(c))), terms);
            if (hit.snippet.empty()) hit.snippet = bracketed(overall);
        }
    }
    return hits;
}

}  // namespace pymes
