#include "pymes/core/status.hpp"

#include <catch2/catch.hpp>

#include "pymes/core/i18n.hpp"
#include "pymes/entities/entities.hpp"
#include "pymes/entities/institution.hpp"

using namespace pymes;

TEST_CASE("entity: one value each, named as commands, files and the history name it") {
    for (Entity e : {Entity::institution, Entity::membership, Entity::activity, Entity::meeting,
                     Entity::project})
        CHECK(parse_entity(entity_name(e)) == e);
    CHECK_FALSE(parse_entity("activities"));
    CHECK(spec_of(Entity::institution) == &institution_spec());
    CHECK(spec_of(Entity::project)->name() == "project");
    CHECK(spec_of(Entity::membership) == &membership_spec());  // a log, typed as the others
}

TEST_CASE("status: each entity's own, the first its default, in words that agree with it") {
    set_interface_language(Language::en, {PYMES_BUILD_LOCALEDIR});
    CHECK(statuses_of(Entity::meeting) ==
          std::vector<Status>{Status::scheduled, Status::held, Status::cancelled});
    CHECK(statuses_of(Entity::institution).empty());
    for (Entity e : {Entity::activity, Entity::meeting, Entity::project})
        for (Status s : statuses_of(e)) CHECK(parse_status(status_name(s)) == s);
    // Projects are masculine in Spanish and Portuguese; activities and meetings feminine.
    CHECK(status_label_in(Language::es, Entity::project, "cancelled") == "cancelado");
    CHECK(status_label_in(Language::es, Entity::activity, "cancelled") == "cancelada");
    CHECK(status_label_in(Language::pt, Entity::meeting, "cancelled") == "cancelada");
    CHECK(status_label_in(Language::pt, Entity::project, "cancelled") == "cancelado");
    CHECK(status_label_in(Language::en, Entity::project, "cancelled") == "cancelled");
    // Not one of the entity's: shown as stored.
    CHECK(status_label_in(Language::es, Entity::meeting, "approved") == "approved");
    CHECK(status_label(Entity::activity, "later") == "later");
}
