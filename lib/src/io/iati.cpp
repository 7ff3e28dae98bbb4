// IATI 2.03 XML through libxml2's xmlTextWriter (escaping and well-formedness are the
// library's), validated in the tests by xmllint against the official schema.
#include "pymes/iati.hpp"

#include <libxml/xmlwriter.h>

#include <memory>

#include "pymes/areas.hpp"
#include "pymes/errors.hpp"
#include "pymes/i18n.hpp"
#include "pymes/institution.hpp"
#include "pymes/registry.hpp"
#include "pymes/text.hpp"

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
    void narrative(const std::string& text) {
        open("narrative");
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

void participant(Writer& w, const std::string& role, const std::string& name) {
    w.open("participating-org");
    w.attr("role", role);
    w.narrative(name);
    w.close();
}

void activity(Writer& w, Registry& registry, const Record& r, const std::string& kind,
              const IatiOptions& o) {
    const std::string status = get(r, "status");
    const std::string start = get(r, "start_on"), end = get(r, "end_on");
    w.open("iati-activity");
    w.attr("xml:lang", std::string(language_code(o.language)));
    if (!get(r, "currency").empty()) w.attr("default-currency", get(r, "currency"));
    w.element("iati-identifier", o.reporting_org + "-pymes-" + kind + "-" + std::to_string(r.id()));
    w.open("reporting-org");
    w.attr("ref", o.reporting_org);
    w.attr("type", o.org_type);
    w.narrative(o.reporting_name);
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
    auto date = [&](const std::string& type, const std::string& day) {
        w.open("activity-date");
        w.attr("iso-date", day);
        w.attr("type", type);
        w.close();
    };
    if (!start.empty()) date(started(status) ? "2" : "1", start);
    if (!end.empty()) date(ended(status) ? "4" : "3", end);
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

bool dated(const Record& r) { return !get(r, "start_on").empty() || !get(r, "end_on").empty(); }

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
    std::size_t written = 0;
    for (const auto& r : activities)
        if (dated(r)) activity(w, registry, r, "activity", o), ++written;
    for (const auto& r : projects)
        if (dated(r)) activity(w, registry, r, "project", o), ++written;
    w.close();
    out << w.finish();
    return written;
}

}  // namespace pymes
