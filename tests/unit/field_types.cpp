// Every decision about a column comes from its field's type, never its name (issue 30): the data
// package, the workbook's cells, the template's drop-downs and notes, a new record's defaults and
// the labels people read. A spec whose day is not called *_on, whose `highlight` and `end_on`
// are text, gets a date, text and text everywhere.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "io/xlsx_book.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/labels.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/entities/record.hpp"
#include "pymes/io/transfer.hpp"
#include "pymes/io/xlsx.hpp"
#include "report/publish_site.hpp"

using namespace pymes;

namespace {

using T = FieldType;

/// Visits: an entity of no registry, its names chosen to mislead a guess from names.
const EntitySpec& visit_spec() {
    static const EntitySpec spec = [] {
        EntitySpec s{};
        s.entity = Entity::activity;
        s.fields = {{"id", T::id, "r.id", "id"},
                    {"held", T::date, "r.held", "held", true},
                    {"highlight", T::text, "r.highlight", "highlight"},
                    {"name", T::text, "r.name", "name"},
                    {"called", T::title, "r.called", "called"},
                    {"end_on", T::text, "r.end_on", "end_on"},
                    {"fee", T::amount, "r.fee", "fee"},
                    {"paid", T::boolean, "r.paid", "paid", true},
                    {"guest", T::institution, "r.guest", "guest"},
                    {"guests", T::institutions, "''", ""},
                    {"at", T::time, "r.at", "at"},
                    {"state", T::status, "r.state", "state", true},
                    {"kind", T::membership_kind, "r.kind", "kind"},
                    {"noted", T::recorded, "r.noted", "noted", true}};
        return s;
    }();
    return spec;
}

const Field& field(const char* name) { return *visit_spec().field(name); }

nlohmann::json schema_field(const nlohmann::json& resource, const std::string& name) {
    for (const auto& f : resource["schema"]["fields"])
        if (f["name"] == name) return f;
    return nullptr;
}

std::vector<std::string> names(const std::vector<const Field*>& fields) {
    std::vector<std::string> out;
    for (const Field* f : fields) out.emplace_back(f->name);
    return out;
}

}  // namespace

TEST_CASE("field types: the data package types each column by its field") {
    const auto r = nlohmann::json::parse(publish::data_resource_json(visit_spec()));
    CHECK(r["name"] == "activity");
    CHECK(r["schema"]["primaryKey"] == "id");
    CHECK(schema_field(r, "id") ==
          nlohmann::json::parse(R"({"name":"id","type":"integer","constraints":{"minimum":1}})"));
    CHECK(
        schema_field(r, "held") ==
        nlohmann::json::parse(
            R"({"name":"held","type":"date","format":"default","constraints":{"required":true}})"));
    CHECK(schema_field(r, "noted")["type"] == "date");
    CHECK(schema_field(r, "highlight") ==
          nlohmann::json::parse(R"({"name":"highlight","type":"string"})"));
    CHECK(schema_field(r, "end_on") ==
          nlohmann::json::parse(R"({"name":"end_on","type":"string"})"));
    CHECK(schema_field(r, "fee")["type"] == "number");
    CHECK(schema_field(r, "paid")["type"] == "boolean");
    CHECK(schema_field(r, "at")["constraints"]["pattern"] == "[0-2][0-9]:[0-5][0-9]");
    // One institution is a foreign key; a list of them is not.
    CHECK(r["schema"]["foreignKeys"] ==
          nlohmann::json::parse(
              R"([{"fields":"guest","reference":{"resource":"institution","fields":"code"}}])"));
}

TEST_CASE("field types: the data package of the registry's entities, derived columns too") {
    const auto inst = nlohmann::json::parse(publish::data_resource_json(institution_spec()));
    CHECK(schema_field(inst, "joined_on")["type"] == "date");
    CHECK(schema_field(inst, "status")["constraints"]["required"] == true);
    CHECK(schema_field(inst, "founder")["constraints"]["enum"].size() == 11);
    CHECK_FALSE(inst["schema"].contains("foreignKeys"));
    const auto log = nlohmann::json::parse(publish::data_resource_json(membership_spec()));
    CHECK(log["path"] == "data/membership.csv");
    CHECK(schema_field(log, "recorded_on")["type"] == "date");
    CHECK(schema_field(log, "kind") ==
          nlohmann::json::parse(
              R"({"name":"kind","type":"string","constraints":{"required":true}})"));
}

TEST_CASE("field types: workbook cells, template columns, drop-downs and notes") {
    set_interface_language(Language::en, {PYMES_BUILD_LOCALEDIR});
    CHECK(xlsx_cell_type(field("id").type) == XlsxCell::integer);
    CHECK(xlsx_cell_type(field("held").type) == XlsxCell::date);
    CHECK(xlsx_cell_type(field("noted").type) == XlsxCell::date);
    CHECK(xlsx_cell_type(field("highlight").type) == XlsxCell::text);
    CHECK(xlsx_cell_type(field("end_on").type) == XlsxCell::text);
    CHECK(xlsx_cell_type(field("fee").type) == XlsxCell::amount);
    CHECK(xlsx_cell_type(field("paid").type) == XlsxCell::boolean);

    // What the registry gives (the id, the day recorded) is not filled in.
    CHECK(names(template_fields(visit_spec())) ==
          std::vector<std::string>{"held", "highlight", "name", "called", "end_on", "fee", "paid",
                                   "guest", "guests", "at", "state", "kind"});
    CHECK(template_required(field("held")));
    CHECK_FALSE(template_required(field("paid")));   // false unless given
    CHECK_FALSE(template_required(field("state")));  // the first status unless given
    CHECK_FALSE(template_required(field("guest")));

    CHECK(template_list(field("guest").type) == TemplateList::codes);
    CHECK(template_list(field("guests").type) == TemplateList::none);
    CHECK(template_list(field("paid").type) == TemplateList::booleans);
    CHECK(template_list(field("state").type) == TemplateList::statuses);
    CHECK(template_list(field("kind").type) == TemplateList::kinds);
    CHECK(template_list(field("highlight").type) == TemplateList::none);

    const Language en = Language::en;
    CHECK(template_note(field("held"), en) == "Required. A date (YYYY-MM-DD).");
    CHECK(template_note(field("end_on"), en) == "Optional.");
    CHECK(template_note(field("highlight"), en) == "Optional.");
    CHECK(template_note(field("fee"), en) == "Optional. A number with up to two decimals.");
    CHECK(template_note(field("at"), en) == "Optional. Time HH:MM.");
    CHECK(template_note(field("guests"), en) == "Optional. Institution codes separated by ';'.");
    CHECK(template_note(field("paid"), en) == "Optional. Choose from the list.");
}

TEST_CASE("field types: a new record's defaults come from its types") {
    const Record r = new_record(visit_spec(), "2026-12-06");
    CHECK(r.get("paid") == Value("false"));
    CHECK(r.get("noted") == Value("2026-12-06"));
    CHECK(r.get("state") == Value("planned"));  // an activity's first status
    CHECK_FALSE(r.get("id"));
    CHECK_FALSE(r.get("held"));
    CHECK_FALSE(r.get("highlight"));
}

TEST_CASE("field types: the labels of coded values") {
    set_interface_language(Language::es, {PYMES_BUILD_LOCALEDIR});
    const EntitySpec& spec = visit_spec();
    CHECK(field_cell(spec, field("kind"), Value("accession"), "").label == "adhesión");
    CHECK(field_cell(spec, field("state"), Value("planned"), "").label == "planificada");
    CHECK(field_cell(spec, field("highlight"), Value("accession"), "").label.empty());
    CHECK(field_cell(spec, field("guests"), Value("CAF;SELA"), "").items ==
          std::vector<std::string>{"CAF", "SELA"});
    CHECK(field_cell(spec, field("fee"), Value("10.00"), "").kind == Cell::Kind::decimal);
    set_interface_language(Language::en, {PYMES_BUILD_LOCALEDIR});
}

TEST_CASE("field types: the membership log is a spec like the others") {
    CHECK(membership_columns() == std::vector<std::string>{"id", "institution", "kind", "date",
                                                           "place", "reference", "recorded_on"});
    CHECK(membership_columns() == file_columns(membership_spec()));
    CHECK(required_import_columns(Entity::membership) ==
          std::vector<std::string>{"institution", "kind", "date"});
    CHECK(names(template_fields(membership_spec())) ==
          std::vector<std::string>{"institution", "kind", "date", "place", "reference"});
    CHECK(xlsx_cell_type(Entity::membership, "id") == XlsxCell::integer);
    CHECK(xlsx_cell_type(Entity::membership, "recorded_on") == XlsxCell::date);
    CHECK(xlsx_cell_type(Entity::institution, "withdrawn_on") == XlsxCell::date);
    CHECK(xlsx_cell_type(Entity::institution, "founder") == XlsxCell::text);
    CHECK(institution_columns() == file_columns(institution_spec()));
    CHECK(required_import_columns(Entity::institution) == std::vector<std::string>{"code"});
    CHECK(required_import_columns(Entity::activity) ==
          std::vector<std::string>{"institution", "area", "title"});
}

TEST_CASE("field types: a workbook column's width comes from its type, not its name") {
    // What a record is called by (a title) is as wide as a long text; a text named `name` is not.
    CHECK(detail::column_width(&field("called"), "called") == 40);
    CHECK(detail::column_width(&field("name"), "name") == 20);
    CHECK(detail::column_width(&field("highlight"), "highlight") == 20);
    CHECK(detail::column_width(&field("held"), "held") == 12);
    // The registry's own: an institution's name and the titles.
    CHECK(institution_spec().field("name")->type == T::title);
    for (Entity e : {Entity::activity, Entity::meeting, Entity::project})
        CHECK(spec_of(e)->field("title")->type == T::title);
}

TEST_CASE("field types: whose a record is, from the type of its field") {
    // The one field of type institution, whatever it is called; not a set of institutions.
    REQUIRE(visit_spec().owner() != nullptr);
    CHECK(visit_spec().owner()->name == "guest");
    EntitySpec none{};
    none.fields = {{"id", T::id, "r.id", "id"}, {"guests", T::institutions, "''", ""}};
    CHECK(none.owner() == nullptr);
    // The registry's: what --as and a template's --institution fill.
    CHECK(spec_of(Entity::institution)->owner()->name == "code");
    CHECK(spec_of(Entity::activity)->owner()->name == "institution");
    CHECK(spec_of(Entity::meeting)->owner()->name == "host");
    CHECK(spec_of(Entity::project)->owner()->name == "lead");
    CHECK(spec_of(Entity::membership)->owner()->name == "institution");
}
