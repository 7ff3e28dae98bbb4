// The published site's words in Spanish, English and Portuguese (SPEC §11), and the frame every
// page shares: head, navigation, foot.
#include <fmt/format.h>

#include <array>
#include <map>

#include "pymes/digest.hpp"
#include "report/html.hpp"
#include "report/publish_site.hpp"

namespace pymes::publish {

namespace {

using Words = std::array<std::string_view, 3>;  // es, en, pt

const std::map<std::string_view, Words>& words() {
    static const std::map<std::string_view, Words> table{
        {"home", {"El acuerdo", "The agreement", "O acordo"}},
        {"institutions", {"Instituciones", "Institutions", "Instituições"}},
        {"activities", {"Actividades", "Activities", "Atividades"}},
        {"meetings", {"Reuniones", "Meetings", "Reuniões"}},
        {"projects", {"Proyectos", "Projects", "Projetos"}},
        {"weeks", {"Resúmenes semanales", "Weekly digests", "Resumos semanais"}},
        {"data", {"Datos abiertos", "Open data", "Dados abertos"}},
        {"annual", {"Informes anuales", "Annual reports", "Relatórios anuais"}},
        {"meetings_held", {"Reuniones celebradas", "Meetings held", "Reuniões realizadas"}},
        {"membership_changes",
         {"Adhesiones y retiros", "Accessions and withdrawals", "Adesões e retiradas"}},
        {"menu", {"Secciones", "Sections", "Seções"}},
        {"signed", {"Firmado en {0} el {1}.", "Signed in {0} on {1}.", "Assinado em {0} em {1}."}},
        {"areas",
         {"Áreas del plan de acción conjunta", "Areas of the joint action plan",
          "Áreas do plano de ação conjunta"}},
        {"status_table",
         {"Estado de las partes al {0}", "Status of the parties as of {0}",
          "Situação das partes em {0}"}},
        {"code", {"Código", "Code", "Código"}},
        {"name", {"Nombre", "Name", "Nome"}},
        {"status", {"Estado", "Status", "Situação"}},
        {"history", {"Historia", "History", "Histórico"}},
        {"party", {"parte", "party", "parte"}},
        {"withdrawn", {"retirada", "withdrawn", "retirada"}},
        {"non-party", {"no es parte", "not a party", "não é parte"}},
        {"membership", {"Adhesión al acuerdo", "Membership of the agreement", "Adesão ao acordo"}},
        {"date", {"Fecha", "Date", "Data"}},
        {"event", {"Hecho", "Event", "Fato"}},
        {"place", {"Lugar", "Place", "Local"}},
        {"reference", {"Referencia", "Reference", "Referência"}},
        {"by_year_area",
         {"Actividades por año y área", "Activities by year and area",
          "Atividades por ano e área"}},
        {"year", {"Año", "Year", "Ano"}},
        {"area", {"Área", "Area", "Área"}},
        {"total", {"Total", "Total", "Total"}},
        {"undated", {"Sin fecha", "Undated", "Sem data"}},
        {"none", {"Ninguno.", "None.", "Nenhum."}},
        {"title", {"Título", "Title", "Título"}},
        {"calendar", {"Calendario", "Calendar", "Calendário"}},
        {"all_ics",
         {"Todas las reuniones en un calendario (.ics)", "All meetings in one calendar (.ics)",
          "Todas as reuniões em um calendário (.ics)"}},
        {"lead", {"Responsable", "Lead", "Responsável"}},
        {"partners", {"Socios", "Partners", "Parceiros"}},
        {"budget", {"Presupuesto", "Budget", "Orçamento"}},
        {"currency", {"Moneda", "Currency", "Moeda"}},
        {"means", {"Medios por moneda", "Means by currency", "Meios por moeda"}},
        {"count", {"Proyectos", "Projects", "Projetos"}},
        {"feed",
         {"Suscribirse a los resúmenes (Atom)", "Follow the digests (Atom feed)",
          "Assinar os resumos (Atom)"}},
        {"no_weeks", {"Todavía no hay resúmenes.", "No digests yet.", "Ainda não há resumos."}},
        {"csv_files",
         {"Cada tabla en CSV, descrita en datapackage.json (Frictionless Data Package):",
          "Every table as CSV, described by datapackage.json (Frictionless Data Package):",
          "Cada tabela em CSV, descrita em datapackage.json (Frictionless Data Package):"}},
        {"as_of", {"Situación al {0}.", "As of {0}.", "Situação em {0}."}},
        {"made_by",
         {"Publicado con pymes desde el registro del acuerdo.",
          "Published with pymes from the agreement's registry.",
          "Publicado com pymes a partir do registro do acordo."}},
        {"meeting_default",
         {"Reunión de coordinación", "Coordination meeting", "Reunião de coordenação"}},
        {"iati",
         {"Actividades y proyectos en el estándar IATI 2.03:",
          "Activities and projects in the IATI 2.03 Standard:",
          "Atividades e projetos no padrão IATI 2.03:"}},
        {"hosted", {"anfitrión", "host", "anfitrião"}},
        {"sector_vocabulary",
         {"Áreas del Acuerdo Marco Pymes (Arequipa, 1996)",
          "Areas of the Pymes Framework Agreement (Arequipa, 1996)",
          "Áreas do Acordo-Quadro Pymes (Arequipa, 1996)"}},
    };
    return table;
}

}  // namespace

std::string word(std::string_view key, Language language) {
    const auto& t = words();
    auto it = t.find(key);
    return std::string(it == t.end() ? key : it->second[index(language)]);
}

std::string esc(std::string_view s) { return html_escape(s); }

std::string page_head(const Data& d, const std::string& title, const std::string& root) {
    const Language l = d.options.language;
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(language_code(l)) +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<title>" +
                      esc(title) + " · " + esc(d.title) +
                      "</title>\n"
                      "<link rel=\"stylesheet\" href=\"" +
                      root +
                      "style.css\">\n"
                      "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" +
                      root + "feed.xml\" title=\"" + esc(word("weeks", l)) +
                      "\">\n</head>\n<body>\n";
    out += "<header><p class=\"site\"><a href=\"" + root + "index.html\">" + esc(d.title) +
           "</a></p>\n<nav aria-label=\"" + esc(word("menu", l)) + "\"><ul>\n";
    const std::pair<const char*, const char*> links[] = {{"index.html", "home"},
                                                         {"institutions.html", "institutions"},
                                                         {"activities.html", "activities"},
                                                         {"meetings.html", "meetings"},
                                                         {"projects.html", "projects"},
                                                         {"weeks/index.html", "weeks"},
                                                         {"annual/index.html", "annual"},
                                                         {"data.html", "data"}};
    for (const auto& [href, key] : links)
        out += "<li><a href=\"" + root + href + "\">" + esc(word(key, l)) + "</a></li>\n";
    out += "</ul></nav></header>\n<main>\n";
    return out;
}

std::string page_foot(const Data& d) {
    const Language l = d.options.language;
    return "</main>\n<footer><p>" +
           esc(fmt::format(fmt::runtime(word("as_of", l)), long_date(d.options.as_of.iso(), l))) +
           " " + esc(word("made_by", l)) + "</p></footer>\n</body>\n</html>\n";
}

}  // namespace pymes::publish
