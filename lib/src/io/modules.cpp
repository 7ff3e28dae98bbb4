// In the program (not in the tests, which link xlsx_*.cpp and iati.cpp): workbooks and IATI
// through their modules, loaded the first time a command needs one (core/module.hpp).
#include "io/modules.hpp"

#include "core/module.hpp"

namespace pymes {

using detail::IatiModule;
using detail::module;
using detail::WorkbookModule;

ImportResult import_xlsx(Registry& registry, Entity entity, const std::string& path,
                         const ImportOptions& options) {
    return module<WorkbookModule>("workbook").import(registry, entity, path, options);
}

void write_xlsx_export(std::istream& csv, Entity entity, const std::string& path) {
    module<WorkbookModule>("workbook").write_export(csv, entity, path);
}

void write_xlsx_template(Entity entity, const std::string& path, const TemplateOptions& options) {
    module<WorkbookModule>("workbook").write_template(entity, path, options);
}

std::size_t write_iati(std::ostream& out, Registry& registry, const std::vector<Record>& activities,
                       const std::vector<Record>& projects, const IatiOptions& options) {
    return module<IatiModule>("iati").write(out, registry, activities, projects, options);
}

}  // namespace pymes
