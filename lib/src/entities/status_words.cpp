#include "entities/status_words.hpp"

#include "pymes/core/i18n.hpp"

namespace pymes {

/// The Spanish and Portuguese words for a status (folded: no accents, lower case), whatever the
/// interface language: a coordinator types the word of the agreement's language or their own.
/// Masculine and feminine both, since people do not always agree the word with the entity.
std::optional<std::string> status_from_word(Entity entity, const std::string& folded) {
    struct Word {
        Entity entity;
        std::string_view word, status;
    };
    static constexpr Word kWords[] = {
        {Entity::activity, "planificada", "planned"},  {Entity::activity, "planificado", "planned"},
        {Entity::activity, "planeada", "planned"},     {Entity::activity, "planejada", "planned"},
        {Entity::activity, "prevista", "planned"},     {Entity::activity, "en curso", "ongoing"},
        {Entity::activity, "em andamento", "ongoing"}, {Entity::activity, "em curso", "ongoing"},
        {Entity::activity, "realizada", "done"},       {Entity::activity, "realizado", "done"},
        {Entity::activity, "cancelada", "cancelled"},  {Entity::activity, "cancelado", "cancelled"},
        {Entity::meeting, "programada", "scheduled"},  {Entity::meeting, "agendada", "scheduled"},
        {Entity::meeting, "realizada", "held"},        {Entity::meeting, "celebrada", "held"},
        {Entity::meeting, "cancelada", "cancelled"},   {Entity::meeting, "cancelado", "cancelled"},
        {Entity::project, "propuesto", "proposed"},    {Entity::project, "proposto", "proposed"},
        {Entity::project, "aprobado", "approved"},     {Entity::project, "aprovado", "approved"},
        {Entity::project, "activo", "active"},         {Entity::project, "ativo", "active"},
        {Entity::project, "en ejecucion", "active"},   {Entity::project, "em execucao", "active"},
        {Entity::project, "concluido", "completed"},   {Entity::project, "terminado", "completed"},
        {Entity::project, "cancelado", "cancelled"},   {Entity::project, "cancelada", "cancelled"},
    };
    for (const Word& w : kWords)
        if (w.entity == entity && w.word == folded) return std::string(w.status);
    return std::nullopt;
}

/// "'x' is not a status of an activity": one sentence per entity, for the article and gender.
std::string not_a_status(Entity entity, std::string_view value) {
    switch (entity) {
        case Entity::activity:
            return trf("'{}' is not a status of an activity", value);
        case Entity::meeting:
            return trf("'{}' is not a status of a meeting", value);
        case Entity::project:
            return trf("'{}' is not a status of a project", value);
        case Entity::institution:
        case Entity::membership:
            break;
    }
    return trf("'{}' is not a status", value);
}

}  // namespace pymes
