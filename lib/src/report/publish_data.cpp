// The open data beside the published pages (issue 19): every entity's CSV, exactly as `export`
// writes it, and datapackage.json, a Frictionless Tabular Data Package (v1) whose Table Schemas
// give each column's type and format, the primary keys and the foreign keys between the files.
#include <nlohmann/json.hpp>
#include <sstream>

#include "pymes/core/agreement.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/io/transfer.hpp"
#include "pymes/store/registry.hpp"
#include "report/publish_site.hpp"

namespace pymes::publish {

namespace {

using json = nlohmann::ordered_json;

/// One column's Table Schema field. The CSV of `export` writes dates as YYYY-MM-DD, booleans
/// as true/false, budgets with two decimals, times as HH:MM (a pattern: Table Schema's `time`
/// wants seconds) and lists joined with ';' (strings: a list of codes has no foreign key).
json schema_field(const std::string& name, bool required) {
    json f{{"name", name}};
    if (name == "id" || name == "meeting") {
        f["type"] = "integer";
        f["constraints"]["minimum"] = 1;
    } else if (name == "date" || name == "end_date" || name.ends_with("_on")) {
        f["type"] = "date";
        f["format"] = "default";
    } else if (name == "highlight") {
        f["type"] = "boolean";
    } else if (name == "budget") {
        f["type"] = "number";
        f["constraints"]["minimum"] = 0;
    } else if (name == "time" || name == "end_time") {
        f["type"] = "string";
        f["constraints"]["pattern"] = "[0-2][0-9]:[0-5][0-9]";
    } else if (name == "currency") {
        f["type"] = "string";
        f["constraints"]["pattern"] = "[A-Z]{3}";
    } else if (name == "founder") {
        f["type"] = "string";
        json codes = json::array();
        for (const auto& s : founding_signatories()) codes.push_back(std::string(s.code));
        f["constraints"]["enum"] = codes;
    } else if (name == "uid") {  // a meeting's calendar UID, as in its .ics
        f["type"] = "string";
        f["constraints"]["unique"] = true;
    } else if (name == "email") {
        f["type"] = "string";
        f["format"] = "default";
    } else {
        f["type"] = "string";
    }
    if (required) f["constraints"]["required"] = true;
    return f;
}

json foreign_key(const std::string& field, const std::string& resource, const std::string& key) {
    return json{{"fields", field}, {"reference", {{"resource", resource}, {"fields", key}}}};
}

/// The CSV dialect `export` writes (RFC 4180 with LF): stated, so that no reader guesses it.
/// Without it the Frictionless libraries sniff the delimiter from the first lines, and a text
/// such as `Denuncia 'O'Brien' 2026` made them take a space (issue 29). No escapeChar: quotes
/// are doubled (and the JavaScript library refuses escapeChar beside quoteChar).
json dialect() {
    return json{{"csvddfVersion", 1.2},   {"delimiter", ","},           {"doubleQuote", true},
                {"lineTerminator", "\n"}, {"quoteChar", "\""},          {"skipInitialSpace", false},
                {"header", true},         {"caseSensitiveHeader", true}};
}

json resource(const std::string& name, const std::vector<std::string>& columns,
              const std::vector<std::string>& required, const std::string& primary_key,
              json foreign_keys) {
    json fields = json::array();
    for (const auto& c : columns)
        fields.push_back(
            schema_field(c, std::find(required.begin(), required.end(), c) != required.end()));
    json schema{{"fields", fields}, {"primaryKey", primary_key}, {"missingValues", {""}}};
    if (!foreign_keys.empty()) schema["foreignKeys"] = foreign_keys;
    return json{{"name", name},
                {"path", "data/" + name + ".csv"},
                {"profile", "tabular-data-resource"},
                {"format", "csv"},
                {"mediatype", "text/csv"},
                {"encoding", "utf-8"},
                {"dialect", dialect()},
                {"schema", schema}};
}

std::vector<std::string> required_of(const EntitySpec& spec) {
    std::vector<std::string> out;
    for (const auto& f : spec.fields)
        if (f.required) out.emplace_back(f.name);
    return out;
}

}  // namespace

void add_open_data(Site& site, Registry& registry, const Data& d, const std::string& license) {
    ExportStyle style;
    auto csv = [&](const EntitySpec& spec) {
        std::ostringstream out;
        export_records(out, registry, spec, Query(), style);
        return out.str();
    };
    std::ostringstream institutions, membership;
    InstitutionFilter all;
    all.as_of = d.options.as_of;
    export_institutions(institutions, list_institutions(registry, all), style);
    export_membership(membership, registry, style);
    site["data/institution.csv"] = institutions.str();
    site["data/membership.csv"] = membership.str();
    site["data/activity.csv"] = csv(activity_spec());
    site["data/meeting.csv"] = csv(meeting_spec());
    site["data/project.csv"] = csv(project_spec());

    const auto institution = [](const std::string& field) {
        return foreign_key(field, "institution", "code");
    };
    json package{{"profile", "tabular-data-package"},
                 {"name", "pymes-registry"},
                 {"id", "urn:uuid:" + registry_identifier(registry)},
                 {"title", d.title}};
    if (!d.options.homepage.empty()) package["homepage"] = d.options.homepage;
    if (!license.empty()) {
        // An URL is the licence's path; anything else its Open Definition / SPDX id, which the
        // Data Package profile wants in lower case.
        json l;
        if (license.rfind("http://", 0) == 0 || license.rfind("https://", 0) == 0) {
            l["path"] = license;
        } else {
            std::string id;
            for (char c : license)
                id += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            l["name"] = id;
        }
        l["title"] = license;
        package["licenses"] = json::array({l});
    }
    package["resources"] = json::array(
        {resource("institution", institution_columns(), {"code", "name", "status"}, "code",
                  json::array()),
         resource("membership", membership_columns(), {"id", "institution", "kind", "date"}, "id",
                  json::array({institution("institution")})),
         resource("activity", column_names(activity_spec()), required_of(activity_spec()), "id",
                  json::array({institution("institution")})),
         resource("meeting", column_names(meeting_spec()), required_of(meeting_spec()), "id",
                  json::array({institution("host")})),
         resource("project", column_names(project_spec()), required_of(project_spec()), "id",
                  json::array({institution("lead"), foreign_key("meeting", "meeting", "id")}))});
    site["datapackage.json"] = package.dump(2) + "\n";

    const Language l = d.options.language;
    std::string out = page_head(d, word("data", l), "");
    out += "<h1>" + esc(word("data", l)) + "</h1>\n<p>" + esc(word("csv_files", l)) +
           "</p>\n<ul>\n<li><a href=\"datapackage.json\">datapackage.json</a></li>\n";
    for (const char* name : {"institution", "membership", "activity", "meeting", "project"})
        out += std::string("<li><a href=\"data/") + name + ".csv\">" + name + ".csv</a></li>\n";
    out += "</ul>\n";
    if (site.count("iati-activities.xml"))
        out += "<p>" + esc(word("iati", l)) +
               " <a href=\"iati-activities.xml\">iati-activities.xml</a></p>\n";
    out += page_foot(d);
    site["data.html"] = out;
}

}  // namespace pymes::publish
