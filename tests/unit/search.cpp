// search (lib/src/entities/search.cpp) over the indexes of migration 0012: the marks inside a
// word, area names in every language, the snippet people see.
#include <catch2/catch.hpp>

#include "pymes/core/errors.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/store/registry.hpp"
#include "store/db.hpp"
#include "support.hpp"

using namespace pymes;

namespace {
std::vector<std::string> found(Registry& r, const char* text) {
    std::vector<std::string> out;
    for (const auto& hit : search(r, text, 20))
        out.push_back(hit.kind + " " + std::to_string(hit.id));
    std::sort(out.begin(), out.end());
    return out;
}
using Found = std::vector<std::string>;
}  // namespace

TEST_CASE("search: the marks inside a word do not matter, either way") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    add_record(r, activity_spec(),
               {{"institution", "SELA"},
                {"area", "information"},
                {"title", "Denuncia de O'Brien"},
                {"description", "Guía de e-commerce para pymes"},
                {"recorded_on", "2026-01-01"}});
    add_record(r, activity_spec(),
               {{"institution", "SELA"},
                {"area", "information"},
                {"title", "Informe OBrien"},
                {"recorded_on", "2026-01-01"}});
    add_record(r, meeting_spec(), {{"date", "2026-03-02"}, {"place", "Sala D’Angelo"}});
    CHECK(found(r, "obrien") == Found{"activity 1", "activity 2"});
    CHECK(found(r, "OBRIEN") == Found{"activity 1", "activity 2"});
    CHECK(found(r, "o'brien") == Found{"activity 1", "activity 2"});
    CHECK(found(r, "O’Brien") == Found{"activity 1", "activity 2"});
    CHECK(found(r, "ecommerce") == Found{"activity 1"});
    CHECK(found(r, "e-commerce guia") == Found{"activity 1"});
    CHECK(found(r, "dangelo") == Found{"meeting 1"});
    // What people see is what the record says, the word that matched marked.
    const auto hits = search(r, "obrien denuncia", 20);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].snippet == "[Denuncia] de O'Brien");
    const auto joined = search(r, "ecommerce", 20);
    REQUIRE(joined.size() == 1);
    CHECK(joined[0].snippet == "Guía de [e-commerce] para pymes");
    // A meeting without a title or a place is named by its date (in the interface language).
    add_record(r, meeting_spec(), {{"date", "2026-04-01"}, {"agenda", "Balance de O'Brien"}});
    bool seen = false;
    for (const auto& hit : search(r, "balance", 20))
        if (hit.kind == "meeting") {
            CHECK(hit.title == "meeting of 2026-04-01");
            seen = true;
        }
    CHECK(seen);
    // Edits and removals keep the index right (the triggers read the same view).
    db_of(r).exec("UPDATE activity SET title = 'Otro título' WHERE id = 2");
    CHECK(found(r, "obrien") == Found{"activity 1", "meeting 2"});
    db_of(r).exec("DELETE FROM activity WHERE id = 1");
    CHECK(found(r, "obrien") == Found{"meeting 2"});
    db_of(r).exec("INSERT INTO activity_fts (activity_fts, rank) VALUES ('integrity-check', 1)");
}

TEST_CASE("search: an area's name, in any language, finds the records of that area") {
    test::TempDir dir;
    Registry r = test::fresh_registry(dir);
    add_record(r, activity_spec(),
               {{"institution", "INTAL"},
                {"area", "technology-transfer"},
                {"title", "Misión técnica de innovación"},
                {"recorded_on", "2026-01-01"}});
    add_record(r, activity_spec(),
               {{"institution", "SELA"},
                {"area", "training"},
                {"title", "Taller de exportación"},
                {"recorded_on", "2026-01-01"}});
    add_record(
        r, project_spec(),
        {{"title", "Red de laboratorios"}, {"area", "technology-transfer"}, {"lead", "SELA"}});
    add_record(r, meeting_spec(), {{"date", "2026-03-02"}, {"title", "Transferencia de cargos"}});
    const Found transfer{"activity 1", "project 1"};
    CHECK(found(r, "transferencia tecnologica") == transfer);
    CHECK(found(r, "Transferencia Tecnológica") == transfer);
    CHECK(found(r, "transferência tecnológica") == transfer);
    CHECK(found(r, "technology transfer") == transfer);
    CHECK(found(r, "technology-transfer") == transfer);
    // A word of the area's name is also a word: the meeting has it.
    CHECK(found(r, "transferencia") == Found{"activity 1", "meeting 1", "project 1"});
    // With other words, the area narrows them down.
    CHECK(found(r, "capacitacion exportacion") == Found{"activity 2"});
    CHECK(found(r, "capacitação") == Found{"activity 2"});
    CHECK(found(r, "capacitacion innovacion").empty());
    // The snippet says why a record with none of the words was found.
    for (const auto& hit : search(r, "transferencia tecnologica", 20))
        CHECK(hit.snippet == "[technology transfer]");
    // `activity list --search` takes the same words.
    ActivityFilter f;
    f.search = "transferencia tecnologica";
    CHECK(query_records(r, activity_spec(), activity_query(f)).size() == 1);
    CHECK(fts_query("transferencia tecnologica y mas", true) ==
          "((\"transferencia\" AND \"tecnologica\") OR area : \"technologytransfer\") AND \"y\" "
          "AND \"mas\"");
    CHECK(fts_query("transferencia tecnologica") == "\"transferencia\" AND \"tecnologica\"");
    CHECK_THROWS_AS(search(r, " \t", 20), UsageError);
}
