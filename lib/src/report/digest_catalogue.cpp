#include "report/digest_catalogue.hpp"

#include <array>

namespace pymes::digest_text {

namespace {

struct Entry {
    std::string_view key;
    std::array<std::string_view, 3> text;  // es, en, pt
};

constexpr Entry kCatalogue[] = {
    {"title", {"Acuerdo Marco de Cooperación Pymes: resumen semanal", "Pymes Cooperation Framework Agreement: weekly digest",
               "Acordo-Quadro de Cooperação Pymes: resumo semanal"}},
    {"week", {"Semana {0}: del {1} al {2}", "Week {0}: {1} to {2}", "Semana {0}: de {1} a {2}"}},
    {"range", {"Del {1} al {2}", "From {1} to {2}", "De {1} a {2}"}},
    {"day", {"El {1}", "On {1}", "Em {1}"}},
    {"as_of", {"Situación al {0}.", "As of {0}.", "Situação em {0}."}},
    {"empty", {"Sin novedades en este período.", "Nothing new in this period.", "Sem novidades neste período."}},
    {"membership", {"Adhesiones y retiros", "Accessions and withdrawals", "Adesões e retiradas"}},
    {"meetings_held", {"Reuniones del período", "Meetings in the period", "Reuniões do período"}},
    {"meetings_upcoming", {"Próximas reuniones", "Coming meetings", "Próximas reuniões"}},
    {"projects_changed", {"Proyectos nuevos o con cambio de estado", "Projects added or changing status",
                          "Projetos novos ou com mudança de estado"}},
    {"projects_ending", {"Proyectos que terminan pronto", "Projects ending soon", "Projetos que terminam em breve"}},
    {"activities_recorded", {"Actividades registradas", "Activities recorded", "Atividades registradas"}},
    {"activities_taking_place", {"Actividades en el período", "Activities taking place", "Atividades no período"}},
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
    {"founding", {"firma fundacional", "founding signature", "assinatura fundadora"}},
    {"accession", {"adhesión", "accession", "adesão"}},
    {"withdrawal", {"retiro", "withdrawal", "retirada"}},
    {"planned", {"planificada", "planned", "planejada"}},
    {"ongoing", {"en curso", "ongoing", "em andamento"}},
    {"done", {"realizada", "done", "realizada"}},
    {"cancelled", {"cancelada", "cancelled", "cancelada"}},
    {"scheduled", {"programada", "scheduled", "programada"}},
    {"held", {"realizada", "held", "realizada"}},
    {"proposed", {"propuesto", "proposed", "proposto"}},
    {"approved", {"aprobado", "approved", "aprovado"}},
    {"active", {"activo", "active", "ativo"}},
    {"completed", {"concluido", "completed", "concluído"}},
};

constexpr std::array<std::array<std::string_view, 12>, 3> kMonths = {{
    {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
     "noviembre", "diciembre"},
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"},
    {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
     "novembro", "dezembro"},
}};

std::size_t index(std::string_view language) { return language == "en" ? 1 : language == "pt" ? 2 : 0; }

}  // namespace

std::string_view word(std::string_view key, std::string_view language) {
    for (const auto& e : kCatalogue)
        if (e.key == key) return e.text[index(language)];
    return key;
}

std::string_view month(unsigned m, std::string_view language) { return kMonths[index(language)][(m - 1) % 12]; }

}  // namespace pymes::digest_text
