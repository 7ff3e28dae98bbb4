#include "entities/status_words.hpp"

#include "pymes/i18n.hpp"

namespace pymes {

/// The Spanish and Portuguese words for a status (folded: no accents, lower case), whatever the
/// interface language: a coordinator types the word of the agreement's language or their own.
/// Masculine and feminine both, since people do not always agree the word with the entity.
std::optional<std::string> status_from_word(std::string_view entity, const std::string& folded) {
    struct Word {
        std::string_view entity, word, status;
    };
    static constexpr Word kWords[] = {
        {"activity", "planificada", "planned"},  {"activity", "planificado", "planned"},
        {"activity", "planeada", "planned"},     {"activity", "planejada", "planned"},
        {"activity", "prevista", "planned"},     {"activity", "en curso", "ongoing"},
        {"activity", "em andamento", "ongoing"}, {"activity", "em curso", "ongoing"},
        {"activity", "realizada", "done"},       {"activity", "realizado", "done"},
        {"activity", "cancelada", "cancelled"},  {"activity", "cancelado", "cancelled"},
        {"meeting", "programada", "scheduled"},  {"meeting", "agendada", "scheduled"},
        {"meeting", "realizada", "held"},        {"meeting", "celebrada", "held"},
        {"meeting", "cancelada", "cancelled"},   {"meeting", "cancelado", "cancelled"},
        {"project", "propuesto", "proposed"},    {"project", "proposto", "proposed"},
        {"project", "aprobado", "approved"},     {"project", "aprovado", "approved"},
        {"project", "activo", "active"},         {"project", "ativo", "active"},
        {"project", "en ejecucion", "active"},   {"project", "em execucao", "active"},
        {"project", "concluido", "completed"},   {"project", "terminado", "completed"},
        {"project", "cancelado", "cancelled"},   {"project", "cancelada", "cancelled"},
    };
    for (const Word& w : kWords)
        if (w.entity == entity && w.word == folded) return std::string(w.status);
    return std::nullopt;
}

/// "'x' is not a status of an activity": one sentence per entity, for the article and gender.
std::string not_a_status(std::string_view entity, std::string_view value) {
    if (entity == "activity") return trf("'{}' is not a status of an activity", value);
    if (entity == "meeting") return trf("'{}' is not a status of a meeting", value);
    if (entity == "project") return trf("'{}' is not a status of a project", value);
    return trf("'{}' is not a status", value);
}

}  // namespace pymes
