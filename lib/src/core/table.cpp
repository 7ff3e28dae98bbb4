#include "pymes/core/table.hpp"

namespace pymes {

Cell Cell::of(std::string s) {
    if (s.empty()) return null();
    Cell c;
    c.kind = Kind::text;
    c.text = std::move(s);
    return c;
}
Cell Cell::of_int(std::int64_t v) {
    Cell c;
    c.kind = Kind::integer;
    c.integer = v;
    return c;
}
Cell Cell::of_decimal(std::string literal) {
    Cell c;
    c.kind = Kind::decimal;
    c.text = std::move(literal);
    return c;
}
Cell Cell::of_json(std::string encoded) {
    Cell c;
    c.kind = Kind::json;
    c.text = std::move(encoded);
    return c;
}
Cell Cell::of_bool(bool v) {
    Cell c;
    c.kind = Kind::boolean;
    c.boolean = v;
    return c;
}
Cell Cell::of_list(std::vector<std::string> items) {
    Cell c;
    c.kind = Kind::list;
    c.items = std::move(items);
    return c;
}

std::string Cell::flat() const {
    switch (kind) {
        case Kind::null:
            return {};
        case Kind::text:
        case Kind::decimal:
        case Kind::json:
            return text;
        case Kind::integer:
            return std::to_string(integer);
        case Kind::boolean:
            return boolean ? "true" : "false";
        case Kind::list: {
            std::string out;
            for (const auto& item : items) {
                if (!out.empty()) out += ';';
                out += item;
            }
            return out;
        }
    }
    return {};
}

}  // namespace pymes
