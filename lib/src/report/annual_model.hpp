#pragma once
// What every format of the annual report for people says, as a list of blocks (headings,
// paragraphs, lists, tables, charts) built once by document(); the text, Markdown and HTML
// renderers (annual_render*.cpp) each show the same blocks. JSON (annual_render_json.cpp) shows
// the AnnualReport value itself.

#include <fmt/format.h>

#include <string>
#include <vector>

#include "pymes/report/annual_report.hpp"
#include "report/annual_catalogue.hpp"

namespace pymes::annual_model {

struct Item {
    std::string text;
    std::vector<std::string> details;
};

struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    bool total_row = false;      ///< the last row is a total
    bool vertical_head = false;  ///< many narrow numeric columns: headings may stand upright
};

struct Bar {
    std::string label;
    std::int64_t value = 0;
};

struct Chart {
    std::string id;        ///< unique in the page
    bool columns = false;  ///< vertical bars along a time line, else horizontal bars
    std::vector<Bar> bars;
    std::string label_heading, value_heading;  ///< of its table
};

enum class Kind { heading, paragraph, list, table, chart };

struct Block {
    Kind kind;
    std::string text;  ///< heading, paragraph, chart title
    std::vector<Item> items;
    Table table;
    Chart chart;
};

struct Document {
    std::string title, subtitle;
    Language language;
    std::vector<Block> blocks;
};

Document document(const AnnualReport& report);

/// The catalogue's phrase for `key`, with its {0}, {1}... filled in.
template <class... A>
std::string say(annual_text::Key key, Language language, A&&... args) {
    return fmt::format(fmt::runtime(annual_text::word(key, language)), std::forward<A>(args)...);
}

}  // namespace pymes::annual_model

namespace pymes {
void render_annual_text(std::ostream& out, const annual_model::Document& d);
void render_annual_markdown(std::ostream& out, const annual_model::Document& d);
void render_annual_html(std::ostream& out, const annual_model::Document& d);
/// The page's content without its frame (h1, subtitle, sections, charts with their tables): the
/// published site puts it in its own pages (publish_annual.cpp).
void render_annual_html_content(std::ostream& out, const annual_model::Document& d);
void render_annual_json(std::ostream& out, const AnnualReport& report);
}  // namespace pymes
