#include "report/digest_catalogue.hpp"

#include <array>

namespace pymes::digest_text {

namespace {

using Texts = std::array<std::string_view, 3>;  // es, en, pt: the order of kLanguages

struct Entry {
    std::string_view key;
    Texts text;
};

constexpr Entry kCatalogue[] = {
    {"title",
     {"Acuerdo Marco de Cooperación Pymes: resumen semanal",
      "Pymes Cooperation Framework Agreement: weekly digest",
      "Acordo-Quadro de Cooperação Pymes: resumo semanal"}},
    {"week", {"Semana {0}: del {1} al {2}", "Week {0}: {1} to {2}", "Semana {0}: de {1} a {2}"}},
    {"range", {"Del {1} al {2}", "From {1} to {2}", "De {1} a {2}"}},
    {"day", {"El {1}", "On {1}", "Em {1}"}},
    {"as_of", {"Situación al {0}.", "As of {0}.", "Situação em {0}."}},
    {"empty",
     {"Sin novedades en este período.", "Nothing new in this period.",
      "Sem novidades neste período."}},
    {"membership", {"Adhesiones y retiros", "Accessions and withdrawals", "Adesões e retiradas"}},
    {"meetings_held", {"Reuniones del período", "Meetings in the period", "Reuniões do período"}},
    {"meetings_upcoming", {"Próximas reuniones", "Coming meetings", "Próximas reuniões"}},
    {"projects_changed",
     {"Proyectos nuevos o con cambio de estado", "Projects added or changing status",
      "Projetos novos ou com mudança de estado"}},
    {"projects_ending",
     {"Proyectos que terminan pronto", "Projects ending soon", "Projetos que terminam em breve"}},
    {"activities_recorded",
     {"Actividades registradas", "Activities recorded", "Atividades registradas"}},
    {"activities_taking_place",
     {"Actividades en el período", "Activities taking place", "Atividades no período"}},
    {"totals", {"Totales", "Totals", "Totais"}},
    {"parties", {"Partes del acuerdo", "Parties to the agreement", "Partes do acordo"}},
    {"active_projects", {"Proyectos activos", "Active projects", "Projetos ativos"}},
    {"activities_year", {"Actividades en {0}", "Activities in {0}", "Atividades em {0}"}},
    {"more", {"y {0} más, que lista:", "and {0} more, listed by:", "e mais {0}, listados por:"}},
    {"by_area", {"Por área", "By area", "Por área"}},
    {"attending", {"Participan", "Attending", "Participam"}},
    {"selected", {"Proyectos seleccionados", "Projects selected", "Projetos selecionados"}},
    {"host", {"anfitrión", "host", "anfitrião"}},
    {"added", {"nuevo", "added", "novo"}},
    {"ends", {"termina el {0}", "ends on {0}", "termina em {0}"}},
    {"on", {"el {0}", "on {0}", "em {0}"}},
    {"meeting", {"Reunión de coordinación", "Coordination meeting", "Reunião de coordenação"}},
};

struct StatusEntry {
    Entity entity;
    Status status;
    std::string_view name;  // as stored
    Texts text;
};

constexpr StatusEntry kStatuses[] = {
    {Entity::activity, Status::planned, "planned", {"planificada", "planned", "planejada"}},
    {Entity::activity, Status::ongoing, "ongoing", {"en curso", "ongoing", "em andamento"}},
    {Entity::activity, Status::done, "done", {"realizada", "done", "realizada"}},
    {Entity::activity, Status::cancelled, "cancelled", {"cancelada", "cancelled", "cancelada"}},
    {Entity::meeting, Status::scheduled, "scheduled", {"programada", "scheduled", "programada"}},
    {Entity::meeting, Status::held, "held", {"realizada", "held", "realizada"}},
    {Entity::meeting, Status::cancelled, "cancelled", {"cancelada", "cancelled", "cancelada"}},
    {Entity::project, Status::proposed, "proposed", {"propuesto", "proposed", "proposto"}},
    {Entity::project, Status::approved, "approved", {"aprobado", "approved", "aprovado"}},
    {Entity::project, Status::active, "active", {"activo", "active", "ativo"}},
    {Entity::project, Status::completed, "completed", {"concluido", "completed", "concluído"}},
    {Entity::project, Status::cancelled, "cancelled", {"cancelado", "cancelled", "cancelado"}},
};

constexpr Texts kKinds[] = {
    // in the order of MembershipKind
    {"firma fundacional", "founding signature", "assinatura fundadora"},
    {"adhesión", "accession", "adesão"},
    {"retiro", "withdrawal", "retirada"},
};

// Recorded late, in a week and in another period, in the order of MembershipKind: the Spanish
// participle agrees with the event (la adhesión, la firma: registrada; el retiro: registrado);
// in Portuguese all three are feminine (a assinatura, a adesão, a retirada).
constexpr Texts kLateWeek[] = {
    {"registrada esta semana, con fecha {0}", "recorded this week, dated {0}",
     "registrada nesta semana, com data de {0}"},
    {"registrada esta semana, con fecha {0}", "recorded this week, dated {0}",
     "registrada nesta semana, com data de {0}"},
    {"registrado esta semana, con fecha {0}", "recorded this week, dated {0}",
     "registrada nesta semana, com data de {0}"},
};
constexpr Texts kLatePeriod[] = {
    {"registrada en este período, con fecha {0}", "recorded in this period, dated {0}",
     "registrada neste período, com data de {0}"},
    {"registrada en este período, con fecha {0}", "recorded in this period, dated {0}",
     "registrada neste período, com data de {0}"},
    {"registrado en este período, con fecha {0}", "recorded in this period, dated {0}",
     "registrada neste período, com data de {0}"},
};

constexpr std::array<std::array<std::string_view, 12>, 3> kMonths = {{
    {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "octubre", "noviembre", "diciembre"},
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"},
    {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
     "outubro", "novembro", "dezembro"},
}};

}  // namespace

std::optional<Status> parse_status(std::string_view name) {
    for (const auto& e : kStatuses)
        if (e.name == name) return e.status;
    return std::nullopt;
}

std::string_view word(std::string_view key, Language language) {
    for (const auto& e : kCatalogue)
        if (e.key == key) return e.text[index(language)];
    return key;
}

std::optional<std::string_view> status_word(Entity entity, Status status, Language language) {
    for (const auto& e : kStatuses)
        if (e.entity == entity && e.status == status) return e.text[index(language)];
    return std::nullopt;
}

std::string_view status_word(Entity entity, std::string_view stored, Language language) {
    if (auto status = parse_status(stored))
        if (auto text = status_word(entity, *status, language)) return *text;
    return stored;
}

std::string_view kind_word(MembershipKind kind, Language language) {
    return kKinds[static_cast<std::size_t>(kind)][index(language)];
}

std::string_view late_word(MembershipKind kind, bool week, Language language) {
    return (week ? kLateWeek : kLatePeriod)[static_cast<std::size_t>(kind)][index(language)];
}

std::string_view month(unsigned m, Language language) {
    return kMonths[index(language)][(m - 1) % 12];
}

}  // namespace pymes::digest_text
