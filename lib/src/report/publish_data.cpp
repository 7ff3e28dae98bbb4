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

/// One column's Table Schema field, by its field's type. The CSV of `export` writes dates as
/// YYYY-MM-DD, booleans as true/false, budgets with two decimals, times as HH:MM (a pattern:
/// Table Schema's `time` wants seconds) and lists joined with ';' (strings: a list of codes has
/// no foreign key).
json schema_field(const Field& field) {
    json f{{"name", std::string(field.name)}};
    switch (field.type) {
        case FieldType::id:
        case FieldType::meeting:
            f["type"] = "integer";
            f["constraints"]["minimum"] = 1;
            break;
        case FieldType::date:
        case FieldType::recorded:
            f["type"] = "date";
            f["format"] = "default";
            break;
        case FieldType::boolean:
            f["type"] = "boolean";
            break;
        case FieldType::amount:
            f["type"] = "number";
            f["constraints"]["minimum"] = 0;
            break;
        case FieldType::time:
            f["type"] = "string";
            f["constraints"]["pattern"] = "[0-2][0-9]:[0-5][0-9]";
            break;
        case FieldType::currency:
            f["type"] = "string";
            f["constraints"]["pattern"] = "[A-Z]{3}";
            break;
        case FieldType::signatory: {
            f["type"] = "string";
            json codes = json::array();
            for (const auto& s : founding_signatories()) codes.push_back(std::string(s.code));
            f["constraints"]["enum"] = codes;
            break;
        }
        case FieldType::uid:  // a meeting's calendar UID, as in its .ics
            f["type"] = "string";
            f["constraints"]["unique"] = true;
            break;
        case FieldType::email:
            f["type"] = "string";
            f["format"] = "default";
            break;
        default:
            f["type"] = "string";
    }
    if (field.required) f["constraints"]["required"] = true;
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

/// The resource of an entity's CSV file: its columns (fields, then derived ones) typed, the key
/// (its first field), and a foreign key for each column that names one institution or meeting.
json resource(const EntitySpec& spec) {
    const std::string name(spec.name());
    json fields = json::array(), foreign_keys = json::array();
    auto add = [&](const Field& f) {
        fields.push_back(schema_field(f));
        if (f.type == FieldType::institution)
            foreign_keys.push_back(foreign_key(std::string(f.name), "institution", "code"));
        else if (f.type == FieldType::meeting)
            foreign_keys.push_back(foreign_key(std::string(f.name), "meeting", "id"));
    };
    for (const auto& f : spec.fields) add(f);
    for (const auto& f : spec.derived) add(f);
    json schema{{"fields", fields},
                {"primaryKey", std::string(spec.fields.front().name)},
                {"missingValues", {""}}};
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

}  // namespace

std::string data_resource_json(const EntitySpec& spec) { return resource(spec).dump(); }

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
    package["resources"] = json::array();
    for (Entity e : {Entity::institution, Entity::membership, Entity::activity, Entity::meeting,
                     Entity::project})
        package["resources"].push_back(resource(*spec_of(e)));
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
