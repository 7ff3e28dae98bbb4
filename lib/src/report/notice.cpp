// The depositary's notification of one accession or withdrawal: read from the log that stands,
// then written as text (72 columns), Markdown or one self-contained HTML page, in es, en or pt.
#include "pymes/report/notice.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <sstream>

#include "entities/record_sql.hpp"
#include "pymes/core/agreement.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/membership_kind.hpp"
#include "pymes/core/text.hpp"
#include "pymes/entities/as_of.hpp"
#include "pymes/report/digest.hpp"
#include "report/digest_catalogue.hpp"
#include "report/html.hpp"
#include "report/report_queries.hpp"
#include "store/db.hpp"

namespace pymes {

namespace {

// The words live in the gettext catalogues (msgctxt "notice"): the English msgid, translated
// into the notice's language.
struct Phrase {
    std::string_view key;
    const char* msgid;
};

// {0} the number, {1} the year.
constexpr Phrase kPhrases[] = {
    {"title", NC_("notice", "Depositary notification {0}/{1}")},
    {"institution", NC_("notice", "Institution")},
    {"country", NC_("notice", "Country")},
    {"instrument", NC_("notice", "Instrument")},
    {"date", NC_("notice", "Date")},
    {"place", NC_("notice", "Place")},
    {"reference", NC_("notice", "Reference")},
    // {0} the day it was annulled.
    {"annulled", NC_("notice", "This notification was annulled on {0}.")},
};

// By kind (accession, withdrawal): one sentence each, so that the words agree with the event
// (la adhesión, el retiro). {0} the institution, {1} the date; then {0} the number of parties,
// {1} the date.
struct KindPhrases {
    const char *heading, *body, *after;
};
constexpr KindPhrases kAccession{
    NC_("notice", "Accession of {0}"),
    NC_("notice", "The depositary informs the Parties that {0} acceded to the Agreement on {1}."),
    NC_("notice", "After this accession, the Agreement has {0} Parties as of {1}.")};
constexpr KindPhrases kWithdrawal{
    NC_("notice", "Withdrawal of {0}"),
    NC_("notice",
        "The depositary informs the Parties that {0} withdrew from the Agreement on {1}."),
    NC_("notice", "After this withdrawal, the Agreement has {0} Parties as of {1}.")};

std::string_view in(Language l, const char* msgid) { return trc_in(l, "notice", msgid); }

std::string_view phrase(std::string_view key, Language l) {
    for (const auto& p : kPhrases)
        if (p.key == key) return in(l, p.msgid);
    return key;
}

const KindPhrases& kind_phrases(const MembershipNotice& n) {
    return n.kind == "withdrawal" ? kWithdrawal : kAccession;
}

template <class... A>
std::string say(std::string_view pattern, A&&... args) {
    return fmt::format(fmt::runtime(pattern), std::forward<A>(args)...);
}

/// What every format shows, once.
struct Prose {
    std::string agreement, title, annulled, heading, body, after;
    std::vector<std::pair<std::string, std::string>> facts;  ///< label, value
};

Prose prose(const MembershipNotice& n) {
    const Language l = n.language;
    const KindPhrases& k = kind_phrases(n);
    const std::string who = fmt::format("{} ({})", n.name, n.code);
    const std::string when = long_date(n.date, l);
    Prose p;
    p.agreement = fmt::format("{} ({}, {})", kAgreementTitle, kAgreementPlace,
                              long_date(std::string(kAgreementDate), l));
    p.title = notice_title(n);
    if (n.annulled_on) p.annulled = say(phrase("annulled", l), long_date(*n.annulled_on, l));
    p.heading = say(in(l, k.heading), who);
    p.body = say(in(l, k.body), who, when);
    p.after = say(in(l, k.after), n.parties, when);
    p.facts.emplace_back(phrase("institution", l), who);
    if (n.country) p.facts.emplace_back(phrase("country", l), *n.country);
    const auto kind = parse_membership_kind(n.kind);
    p.facts.emplace_back(phrase("instrument", l),
                         kind ? std::string(digest_text::kind_word(*kind, l)) : n.kind);
    p.facts.emplace_back(phrase("date", l), when);
    if (n.place) p.facts.emplace_back(phrase("place", l), *n.place);
    if (n.reference) p.facts.emplace_back(phrase("reference", l), *n.reference);
    return p;
}

constexpr std::size_t kWidth = 72;

/// `text` wrapped at 72 columns after `prefix` (kept as it is), later lines indented to it; a
/// word longer than the line is broken.
void wrap(std::ostream& out, const std::string& text, const std::string& prefix = {}) {
    const std::string hanging(text::display_width(prefix), ' ');
    const auto lines =
        text::wrap(text::visible(text), kWidth - std::min(kWidth / 2, hanging.size()));
    for (std::size_t i = 0; i < lines.size(); ++i)
        out << (i ? hanging : prefix) << lines[i] << '\n';
}

void render_text(std::ostream& out, const Prose& p) {
    wrap(out, p.agreement);
    out << '\n';
    std::size_t underline = 0;
    for (const auto& line : text::wrap(text::visible(p.title), kWidth)) {
        out << line << '\n';
        underline = std::max(underline, text::display_width(line));
    }
    out << std::string(underline, '=') << "\n\n";
    if (!p.annulled.empty()) {
        wrap(out, p.annulled);
        out << '\n';
    }
    wrap(out, p.heading);
    out << '\n';
    wrap(out, p.body);
    out << '\n';
    std::size_t label = 0;
    for (const auto& [l, v] : p.facts) label = std::max(label, text::display_width(l) + 2);
    for (const auto& [l, v] : p.facts) {
        std::string start = text::visible(l) + ":";
        start += std::string(label - text::display_width(start), ' ');
        wrap(out, v, start);
    }
    out << '\n';
    wrap(out, p.after);
}

std::string notice_md(const std::string& s) {
    std::string out;
    for (char c : text::visible(s)) {
        if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

void render_markdown(std::ostream& out, const Prose& p) {
    out << "_" << notice_md(p.agreement) << "_\n\n# " << notice_md(p.title) << "\n\n";
    if (!p.annulled.empty()) out << "**" << notice_md(p.annulled) << "**\n\n";
    out << "## " << notice_md(p.heading) << "\n\n" << notice_md(p.body) << "\n\n";
    for (const auto& [l, v] : p.facts)
        out << "- **" << notice_md(l) << ":** " << notice_md(v) << '\n';
    out << '\n' << notice_md(p.after) << '\n';
}

std::string notice_html(const std::string& s) { return html_escape(s); }

void render_html(std::ostream& out, const Prose& p, Language l) {
    // The digest's page: inline styles only, long words wrap on a 360-pixel phone.
    constexpr const char* kFont = "font-family:Arial,Helvetica,sans-serif;color:#1f2933;";
    constexpr const char* kWrap = "overflow-wrap:anywhere;word-break:break-word;";
    out << "<!DOCTYPE html>\n<html lang=\"" << language_code(l)
        << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        << notice_html(p.title) << "</title>\n</head>\n<body style=\"margin:0;padding:0;\">\n"
        << "<div style=\"max-width:640px;margin:0 auto;padding:16px;" << kFont << kWrap
        << "font-size:15px;line-height:1.5;\">\n"
        << "<p style=\"margin:0 0 12px;color:#52606d;font-style:italic;\">"
        << notice_html(p.agreement)
        << "</p>\n<h1 style=\"font-size:22px;margin:0 0 8px;color:#0b4f6c;\">"
        << notice_html(p.title) << "</h1>\n";
    if (!p.annulled.empty())
        out << "<p style=\"font-weight:bold;color:#9b1c1c;\">" << notice_html(p.annulled)
            << "</p>\n";
    out << "<h2 style=\"font-size:17px;margin:0 0 12px;\">" << notice_html(p.heading)
        << "</h2>\n<p>" << notice_html(p.body) << "</p>\n"
        << "<table role=\"presentation\" style=\"border-collapse:collapse;table-layout:fixed;"
           "width:100%;\">\n";
    for (const auto& [label, value] : p.facts)
        out << "<tr><th scope=\"row\" style=\"text-align:left;vertical-align:top;width:35%;"
               "padding:2px 8px 2px 0;\">"
            << notice_html(label) << "</th><td style=\"padding:2px 0;\">" << notice_html(value)
            << "</td></tr>\n";
    out << "</table>\n<p>" << notice_html(p.after) << "</p>\n</div>\n</body>\n</html>\n";
}

}  // namespace

std::string notice_title(const MembershipNotice& n) {
    return say(phrase("title", n.language), n.number, n.year);
}

std::string notice_subject(const MembershipNotice& n) {
    return notice_title(n) + ": " +
           say(in(n.language, kind_phrases(n).heading), fmt::format("{} ({})", n.name, n.code));
}

MembershipNotice build_membership_notice(Registry& registry, std::int64_t id, Language language,
                                         std::optional<Date> as_of) {
    // What the registry held at the end of that day (SPEC §2): corrections and annulments
    // made later are not yet there.
    AsOf view(registry, as_of.value_or(registry.clock().today()));
    SQLite::Statement& q = statement_of(
        registry,
        "SELECT e.institution, i.name, i.country, e.kind, e.date, e.place, e.reference, "
        "e.annulled_on, e.notice_year, e.notice_number FROM membership_event e "
        "JOIN institution i ON i.code = e.institution WHERE e.id = ?1");
    q.bind(1, id);
    if (!q.executeStep())
        throw NotFound(trf("there is no membership event {}", id),
                       tr("`pymes membership list` shows the events and their ids"));
    MembershipNotice n;
    n.event = id;
    n.language = language;
    n.code = q.getColumn(0).getString();
    n.name = q.getColumn(1).getString();
    n.country = column_value(q.getColumn(2));
    n.kind = q.getColumn(3).getString();
    n.date = q.getColumn(4).getString();
    n.place = column_value(q.getColumn(5));
    n.reference = column_value(q.getColumn(6));
    n.annulled_on = column_value(q.getColumn(7));
    const bool numbered = !q.getColumn(9).isNull();
    if (numbered) {
        n.year = q.getColumn(8).getInt();
        n.number = q.getColumn(9).getInt();
    }
    q.reset();
    if (n.kind == "founding")
        throw DataError(
            trf("membership event {} is {}'s founding signature, not an accession or a withdrawal",
                id, n.code),
            tr("a notice is for an accession or a withdrawal"));
    if (!numbered)
        throw Error(Exit::software, trf("internal error: membership event {} has no number", id));

    // Parties on the event's date, every event of that day counted (as the digest counts them).
    n.parties = report_query::parties_count(registry, n.date);
    return n;
}

void render_membership_notice(std::ostream& out, const MembershipNotice& n, NoticeFormat format) {
    const Prose p = prose(n);
    switch (format) {
        case NoticeFormat::text:
            render_text(out, p);
            break;
        case NoticeFormat::markdown:
            render_markdown(out, p);
            break;
        case NoticeFormat::html:
            render_html(out, p, n.language);
            break;
    }
}

}  // namespace pymes
