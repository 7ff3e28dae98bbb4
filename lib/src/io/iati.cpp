// IATI 2.03 XML through libxml2's xmlTextWriter (escaping and well-formedness are the
// library's), validated in the tests by xmllint against the official schema.
#include "pymes/io/iati.hpp"

#include <SQLiteCpp/Statement.h>
#include <libxml/xmlwriter.h>

#include <memory>

#include "core/module.hpp"
#include "io/modules.hpp"
#include "pymes/core/agreement.hpp"
#include "pymes/core/areas.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/text.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"
#include "store/write_transaction.hpp"

namespace pymes {

namespace {

class Writer {
  public:
    Writer() : buffer_(xmlBufferCreate()), w_(xmlNewTextWriterMemory(buffer_, 0)) {
        xmlTextWriterSetIndent(w_, 1);
        xmlTextWriterSetIndentString(w_, BAD_CAST "  ");
        xmlTextWriterStartDocument(w_, "1.0", "UTF-8", nullptr);
    }
    ~Writer() {
        if (w_) xmlFreeTextWriter(w_);
        xmlBufferFree(buffer_);
    }
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    void open(const char* name) { xmlTextWriterStartElement(w_, BAD_CAST name); }
    void attr(const char* name, const std::string& value) {
        xmlTextWriterWriteAttribute(w_, BAD_CAST name, BAD_CAST text::xml_safe(value).c_str());
    }
    void close() { xmlTextWriterEndElement(w_); }
    /// A narrative; `lang` when its text is not in the activity's language (xml:lang).
    void narrative(const std::string& text, std::string_view lang = {}) {
        open("narrative");
        if (!lang.empty()) attr("xml:lang", std::string(lang));
        this->text(text);
        close();
    }
    /// Text as XML 1.0 can carry it (a registry written by other means may hold controls).
    void text(const std::string& t) {
        xmlTextWriterWriteString(w_, BAD_CAST text::xml_safe(t).c_str());
    }
    void element(const char* name, const std::string& t) {
        open(name);
        text(t);
        close();
    }
    std::string finish() {
        xmlTextWriterEndDocument(w_);
        xmlFreeTextWriter(w_);
        w_ = nullptr;
        return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_)),
                           static_cast<std::size_t>(xmlBufferLength(buffer_)));
    }

  private:
    xmlBufferPtr buffer_;
    xmlTextWriterPtr w_;
};

/// A field's value; "" when it is empty or the entity has no such field.
std::string get(const Record& r, std::string_view name) {
    if (!r.spec->field(name)) return {};
    const Value& v = r.get(name);
    return v ? *v : std::string();
}

/// ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 5 cancelled.
std::string status_code(const std::string& s) {
    if (s == "ongoing" || s == "active") return "2";
    if (s == "done" || s == "completed") return "3";
    if (s == "cancelled") return "5";
    return "1";  // planned, proposed, approved
}

bool started(const std::string& s) {
    return s == "ongoing" || s == "active" || s == "done" || s == "completed";
}
bool ended(const std::string& s) { return s == "done" || s == "completed"; }

/// The first value of a one-row query with `id` and `today` bound; "" when none.
std::string day_of(Registry& registry, const char* sql, std::int64_t id, const std::string& today) {
    SQLite::Statement& q = statement_of(registry, sql);
    q.bind(1, id);
    q.bind(2, today);
    std::string out;
    if (q.executeStep() && !q.getColumn(0).isNull()) out = q.getColumn(0).getString();
    q.reset();
    return out;
}

/// The day a completed project or a done activity ended, never after `today`; "" when the
/// registry does not know it. A project's statuses are dated changes (status_change): the day
/// its last change to completed took effect. An activity's are not: its end, when that has
/// come; else (done before its planned end) the day the history last shows it made done.
std::string actual_end(Registry& registry, const Record& r, const std::string& today) {
    if (r.spec->entity == Entity::project)
        return day_of(registry,
                      "SELECT effective_on FROM status_change WHERE entity = 'project' "
                      "AND record = ?1 AND status = 'completed' AND removed_on IS NULL "
                      "AND effective_on <= ?2 ORDER BY effective_on DESC, id DESC LIMIT 1",
                      r.id(), today);
    const std::string end = get(r, "end_on");
    if (!end.empty() && end <= today) return end;
    // An import's add row holds no fields (WriteTransaction::record_added): the status it gave
    // is the one the next status change found, else today's.
    return day_of(registry,
                  "SELECT substr(h.at, 1, 10) FROM history h WHERE h.entity = 'activity' "
                  "AND h.key = CAST(?1 AS TEXT) AND h.action IN ('add', 'edit', 'import') "
                  "AND (json_extract(h.changes, '$.status[1]') = 'done' "
                  "  OR (h.action = 'add' AND h.changes = '{}' AND coalesce("
                  "    (SELECT json_extract(e.changes, '$.status[0]') FROM history e "
                  "     WHERE e.entity = 'activity' AND e.key = h.key AND e.id > h.id "
                  "     AND json_type(e.changes, '$.status') IS NOT NULL ORDER BY e.id LIMIT 1),"
                  "    (SELECT status FROM activity WHERE id = ?1)) = 'done')) "
                  "AND substr(h.at, 1, 10) <= ?2 ORDER BY h.id DESC LIMIT 1",
                  r.id(), today);
}

/// ActivityDateType codes and days: 1 planned start, 2 actual start, 3 planned end, 4 actual
/// end. An actual date is never after `today` (IATI: actual dates are not in the future): a
/// start still to come is planned; the planned end stays beside an actual one.
std::vector<std::pair<std::string, std::string>> activity_dates(Registry& registry, const Record& r,
                                                                const std::string& today) {
    const std::string status = get(r, "status");
    const std::string start = get(r, "start_on"), end = get(r, "end_on");
    std::vector<std::pair<std::string, std::string>> out;
    if (!start.empty()) out.emplace_back(started(status) && start <= today ? "2" : "1", start);
    const std::string actual = ended(status) ? actual_end(registry, r, today) : std::string();
    if (!end.empty() && end != actual) out.emplace_back("3", end);
    if (!actual.empty()) out.emplace_back("4", actual);
    return out;
}

void participant(Writer& w, const std::string& role, const std::string& name) {
    w.open("participating-org");
    w.attr("role", role);
    w.narrative(name);
    w.close();
}

void activity(Writer& w, Registry& registry, const Record& r, const std::string& kind,
              const IatiOptions& o, const std::vector<std::pair<std::string, std::string>>& dates) {
    const std::string status = get(r, "status");
    const std::string start = get(r, "start_on"), end = get(r, "end_on");
    w.open("iati-activity");
    w.attr("xml:lang", std::string(language_code(o.language)));
    if (!get(r, "currency").empty()) w.attr("default-currency", get(r, "currency"));
    w.element("iati-identifier", o.reporting_org + "-pymes-" + kind + "-" + std::to_string(r.id()));
    w.open("reporting-org");
    w.attr("ref", o.reporting_org);
    w.attr("type", o.org_type);
    // The agreement's own title is Spanish, whatever language the registry's texts are in.
    w.narrative(o.reporting_name,
                o.reporting_name == kAgreementTitle && o.language != Language::es ? "es" : "");
    w.close();
    w.open("title");
    w.narrative(get(r, "title"));
    w.close();
    w.open("description");
    w.narrative(get(r, "description").empty() ? get(r, "title") : get(r, "description"));
    w.close();
    if (kind == "activity") {
        participant(w, "4", institution_name(registry, get(r, "institution")));
    } else {
        if (!get(r, "funding").empty()) participant(w, "1", get(r, "funding"));
        participant(w, "2", institution_name(registry, get(r, "lead")));
        for (const auto& code : split_list(r.get("partners")))
            participant(w, "4", institution_name(registry, code));
    }
    w.open("activity-status");
    w.attr("code", status_code(status));
    w.close();
    for (const auto& [type, day] : dates) {
        w.open("activity-date");
        w.attr("iso-date", day);
        w.attr("type", type);
        w.close();
    }
    w.open("sector");
    w.attr("vocabulary", "99");
    w.attr("vocabulary-uri", o.vocabulary_uri);
    w.attr("code", get(r, "area"));
    w.narrative(area_label(get(r, "area"), o.language));
    w.close();
    if (!get(r, "budget").empty() && !get(r, "currency").empty() && !start.empty() &&
        !end.empty()) {
        w.open("budget");
        w.attr("type", "1");    // BudgetType: original
        w.attr("status", "1");  // BudgetStatus: indicative
        w.open("period-start");
        w.attr("iso-date", start);
        w.close();
        w.open("period-end");
        w.attr("iso-date", end);
        w.close();
        w.open("value");
        w.attr("currency", get(r, "currency"));
        w.attr("value-date", start);
        w.text(get(r, "budget"));
        w.close();
        w.close();
    }
    w.close();
}

}  // namespace

std::size_t write_iati(std::ostream& out, Registry& registry, const std::vector<Record>& activities,
                       const std::vector<Record>& projects, const IatiOptions& o) {
    if (o.reporting_org.empty() || o.org_type.empty())
        throw ConfigError(tr("IATI needs the reporting organisation"),
                          tr("set [publish] iati_reporting_org (such as XM-DAC-41304) and "
                             "iati_org_type (such as 40) in the config"));
    Writer w;
    w.open("iati-activities");
    w.attr("version", "2.03");
    const std::string today = o.today.empty() ? registry.clock().today().iso() : o.today;
    std::size_t written = 0;
    // A record without any date is left out: IATI requires an activity date.
    auto write = [&](const Record& r, const std::string& kind) {
        const auto dates = activity_dates(registry, r, today);
        if (dates.empty()) return;
        activity(w, registry, r, kind, o, dates);
        ++written;
    };
    for (const auto& r : activities) write(r, "activity");
    for (const auto& r : projects) write(r, "project");
    w.close();
    out << w.finish();
    return written;
}

}  // namespace pymes

/// The IATI module's table (core/module.hpp).
PYMES_MODULE_ENTRY const void* pymes_module_iati() {
    static const pymes::detail::IatiModule table{pymes::kVersion, &pymes::write_iati};
    return &table;
}
