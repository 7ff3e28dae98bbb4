// The annual report's words in Spanish, English and Portuguese, in one table looked up by key
// (the digest's way, digest_catalogue.cpp), so that they move to the gettext catalogues in one
// step: the English column is the msgid. Statuses, membership events, months and areas are the
// digest's, which agree with their noun (un proyecto aprobado, una actividad realizada).
#include "report/annual_catalogue.hpp"

#include <array>

namespace pymes::annual_text {

namespace {

using Texts = std::array<std::string_view, 3>;  // es, en, pt: the order of kLanguages

struct Entry {
    std::string_view key;
    Texts text;
};

constexpr Entry kCatalogue[] = {
    {"title",
     {"Acuerdo Marco de Cooperación Pymes: informe anual {0}",
      "Pymes Cooperation Framework Agreement: annual report {0}",
      "Acordo-Quadro de Cooperação Pymes: relatório anual {0}"}},
    {"for_meeting",
     {"Para la reunión de coordinación. Del {0} al {1}; situación al {2}.",
      "For the coordination meeting. From {0} to {1}; as of {2}.",
      "Para a reunião de coordenação. De {0} a {1}; situação em {2}."}},
    {"summary", {"El año en cifras", "The year in figures", "O ano em números"}},
    {"figure", {"Cifra", "Figure", "Dado"}},
    {"change", {"Variación", "Change", "Variação"}},
    {"no_previous",
     {"Sin año anterior: el acuerdo se firmó el 10 de diciembre de 1996.",
      "No previous year: the agreement was signed on 10 December 1996.",
      "Sem ano anterior: o acordo foi assinado em 10 de dezembro de 1996."}},
    {"row_parties", {"Partes al cierre", "Parties at the close", "Partes no encerramento"}},
    {"row_accessions", {"Adhesiones", "Accessions", "Adesões"}},
    {"row_withdrawals", {"Retiros", "Withdrawals", "Retiradas"}},
    {"row_meetings", {"Reuniones realizadas", "Meetings held", "Reuniões realizadas"}},
    {"row_projects", {"Proyectos", "Projects", "Projetos"}},
    {"row_activities", {"Actividades", "Activities", "Atividades"}},
    {"row_highlights",
     {"Actividades destacadas", "Highlighted activities", "Atividades destacadas"}},
    {"row_silent", {"Partes sin actividad", "Parties with no activity", "Partes sem atividade"}},
    {"row_budget", {"Presupuesto en {0}", "Budget in {0}", "Orçamento em {0}"}},
    {"membership", {"Adhesiones y retiros", "Accessions and withdrawals", "Adesões e retiradas"}},
    {"membership_none",
     {"Ninguna adhesión ni retiro en {0}.", "No accession or withdrawal in {0}.",
      "Nenhuma adesão nem retirada em {0}."}},
    {"parties_change",
     {"Partes: {0} al {1}, {2} al {3}.", "Parties: {0} on {1}, {2} on {3}.",
      "Partes: {0} em {1}, {2} em {3}."}},
    {"on", {"el {0}", "on {0}", "em {0}"}},
    {"from", {"desde el {0}", "from {0}", "a partir de {0}"}},
    {"until", {"hasta el {0}", "until {0}", "até {0}"}},
    {"meetings", {"Reuniones realizadas", "Meetings held", "Reuniões realizadas"}},
    {"meetings_none",
     {"Ninguna reunión realizada en {0}.", "No meeting held in {0}.",
      "Nenhuma reunião realizada em {0}."}},
    {"meetings_other",
     {"Reuniones programadas en el año: {0}; canceladas: {1}.",
      "Meetings scheduled in the year: {0}; cancelled: {1}.",
      "Reuniões programadas no ano: {0}; canceladas: {1}."}},
    {"meeting", {"Reunión de coordinación", "Coordination meeting", "Reunião de coordenação"}},
    {"host", {"anfitrión", "host", "anfitrião"}},
    {"attended", {"Participaron", "Attended by", "Participaram"}},
    {"selected", {"Proyectos seleccionados", "Projects selected", "Projetos selecionados"}},
    {"none_masculine", {"ninguno", "none", "nenhum"}},
    {"projects", {"Proyectos por estado", "Projects by status", "Projetos por estado"}},
    {"projects_none", {"Ningún proyecto en {0}.", "No project in {0}.", "Nenhum projeto em {0}."}},
    {"status", {"Estado", "Status", "Estado"}},
    {"budget", {"Presupuesto", "Budget", "Orçamento"}},
    {"total", {"Total", "Total", "Total"}},
    {"budgets",
     {"Presupuesto por moneda, sin los proyectos cancelados",
      "Budgets by currency, cancelled projects left out",
      "Orçamento por moeda, sem os projetos cancelados"}},
    {"budgets_none",
     {"Ningún proyecto del año tiene presupuesto.", "No project of the year has a budget.",
      "Nenhum projeto do ano tem orçamento."}},
    {"activities",
     {"Actividades por área e institución", "Activities by area and institution",
      "Atividades por área e instituição"}},
    {"activities_none",
     {"Ninguna actividad en {0}.", "No activity in {0}.", "Nenhuma atividade em {0}."}},
    {"institution", {"Institución", "Institution", "Instituição"}},
    {"area", {"Área", "Area", "Área"}},
    {"year", {"Año", "Year", "Ano"}},
    {"parties", {"Partes", "Parties", "Partes"}},
    {"count_activities", {"Actividades", "Activities", "Atividades"}},
    {"chart_areas", {"Actividades por área", "Activities by area", "Atividades por área"}},
    {"chart_institutions",
     {"Actividades por institución", "Activities by institution", "Atividades por instituição"}},
    {"chart_parties",
     {"Partes del acuerdo desde 1996, al cierre de cada año",
      "Parties to the agreement since 1996, at the close of each year",
      "Partes do acordo desde 1996, no encerramento de cada ano"}},
    {"highlights", {"Acciones de mayor relevancia", "Highlights", "Ações de maior relevância"}},
    {"highlights_none",
     {"Ninguna actividad destacada en {0}.", "No highlighted activity in {0}.",
      "Nenhuma atividade destacada em {0}."}},
    {"silent",
     {"Partes sin actividad registrada en {0}", "Parties that recorded no activity in {0}",
      "Partes sem atividade registrada em {0}"}},
    {"silent_none",
     {"Todas las partes registraron actividad en {0}.", "Every party recorded activity in {0}.",
      "Todas as partes registraram atividade em {0}."}},
    {"silent_why",
     {"El acuerdo pide intercambiar regularmente información sobre las actividades.",
      "The agreement asks the parties to exchange information on their activities regularly.",
      "O acordo pede o intercâmbio regular de informação sobre as atividades."}},
};

}  // namespace

std::string_view word(std::string_view key, Language language) {
    for (const auto& e : kCatalogue)
        if (e.key == key) return e.text[index(language)];
    return key;
}

}  // namespace pymes::annual_text
