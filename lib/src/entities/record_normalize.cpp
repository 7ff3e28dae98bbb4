#include <date/tz.h>
#include <fmt/format.h>

#include <algorithm>

#include "core/iso_codes.hpp"
#include "entities/record_sql.hpp"
#include "entities/status_words.hpp"
#include "pymes/core/areas.hpp"
#include "pymes/core/dates.hpp"
#include "pymes/core/format_names.hpp"
#include "pymes/core/i18n.hpp"
#include "pymes/core/membership_kind.hpp"
#include "pymes/core/money.hpp"
#include "pymes/core/status.hpp"
#include "pymes/core/text.hpp"
#include "pymes/entities/institution.hpp"
#include "pymes/entities/record.hpp"

// A field's value as the registry keeps it: every check of normalize() for one field type,
// shared by the command line and the importers. Storing records is record.cpp's.

namespace pymes {

std::vector<std::string> split_list(const Value& v) {
    std::vector<std::string> items;
    if (!v) return items;
    std::string_view s = *v;
    while (!s.empty()) {
        auto semi = s.find(';');
        items.emplace_back(s.substr(0, semi));
        if (semi == std::string_view::npos) break;
        s.remove_prefix(semi + 1);
    }
    return items;
}

std::string join_list(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : ";") + i;
    return out;
}

namespace {

bool digits_only(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

FieldError country_error(std::string field, std::string_view value) {
    return FieldError(
        std::move(field), trf("'{}' is not an ISO 3166-1 country code", value),
        tr("use two letters such as PE, AR, BR, MX or ES; leave it empty when unknown"));
}

FieldError code_error(std::string field, std::string_view value) {
    return FieldError(
        std::move(field), trf("'{}' is not an institution code", value),
        tr("codes are 2 to 32 letters, digits and '-', starting with a letter or digit"));
}

FieldError url_error(std::string field, const std::string& problem) {
    return FieldError(std::move(field), problem,
                      tr("write the whole address, such as https://www.sela.org"));
}

Value normalize(const EntitySpec& spec, const Field& field, std::string_view raw) {
    const std::string name(field.name);
    const auto lines = field.type == FieldType::long_text ? text::Lines::several : text::Lines::one;
    const std::string lf_only =
        lines == text::Lines::several ? text::unix_lines(raw) : std::string(raw);
    std::string_view s = text::trim(lf_only);
    if (auto problem = text::text_problem(s, lines); !problem.empty())
        throw FieldError(name, problem);
    if (s.empty()) {
        if (field.type == FieldType::boolean) return "false";
        return std::nullopt;
    }
    switch (field.type) {
        case FieldType::text:
        case FieldType::title:
        case FieldType::long_text:
            return std::string(s);
        case FieldType::url:
            if (auto problem = text::url_problem(s); !problem.empty())
                throw url_error(name, problem);
            return std::string(s);
        case FieldType::id:
        case FieldType::meeting:
            if (!digits_only(s) || s.size() > 18 || std::stoll(std::string(s)) == 0)
                throw FieldError(name, trf("'{}' is not an id (a whole number from 1)", s));
            return std::to_string(std::stoll(std::string(s)));
        case FieldType::date:
        case FieldType::recorded:
            if (auto d = Date::parse_iso(s)) return d->iso();
            throw FieldError(name, trf("'{}' is not a date", s),
                             Date::hint(s, tr("write dates as YYYY-MM-DD, a day that exists")));
        case FieldType::time:
            if (auto t = parse_time_of_day(s)) return *t;
            throw FieldError(name, trf("'{}' is not a time", s),
                             tr("write times as HH:MM, 24-hour, or H:MM AM/PM"));
        case FieldType::status: {
            std::string folded = text::fold(s);
            for (Status st : statuses_of(spec.entity))
                if (folded == status_name(st)) return std::string(status_name(st));
            if (auto st = status_from_word(spec.entity, folded)) return *st;
            std::string list;
            for (Status st : statuses_of(spec.entity))
                list += (list.empty() ? "" : ", ") + std::string(status_name(st));
            throw FieldError(name, not_a_status(spec.entity, s), trf("use {}", list));
        }
        case FieldType::area:
            if (auto a = parse_area(s)) return *a;
            throw FieldError(name, trf("'{}' is not an area", s), trf("use {}", area_help()));
        case FieldType::boolean: {
            std::string f = text::fold(s);
            if (f == "true" || f == "yes" || f == "1" || f == "si" || f == "y" || f == "sim")
                return "true";
            if (f == "false" || f == "no" || f == "0" || f == "n" || f == "nao") return "false";
            throw FieldError(name, trf("'{}' is not true or false", s),
                             tr("use true/false, yes/no, sí/no, sim/não or 1/0"));
        }
        case FieldType::amount:
            if (auto a = parse_amount(s)) return format_amount(*a);
            throw FieldError(name, trf("'{}' is not an amount", s),
                             tr("write amounts with a point and at most two decimals, without "
                                "thousands separators: 25000.50"));
        case FieldType::country:
            if (auto c = normalize_country(s)) return *c;
            throw country_error(name, s);
        case FieldType::currency: {
            std::string c = text::upper(s);
            if (iso::is_currency(c)) return c;
            throw FieldError(name, trf("'{}' is not an ISO 4217 currency code", s),
                             tr("use three letters such as USD, EUR or PEN"));
        }
        case FieldType::code:
        case FieldType::institution:
            if (auto c = normalize_code(s)) return *c;
            throw code_error(name, s);
        case FieldType::institutions: {
            std::vector<std::string> codes;
            for (const auto& item : split_list(std::string(s))) {
                if (text::trim(item).empty()) continue;
                auto c = normalize_code(item);
                if (!c) throw code_error(name, item);
                codes.push_back(*c);
            }
            std::sort(codes.begin(), codes.end());
            codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
            return codes.empty() ? Value() : Value(join_list(codes));
        }
        case FieldType::tags: {
            std::vector<std::string> tags;
            for (const auto& item : split_list(std::string(s))) {
                std::string t(text::trim(item));
                if (!t.empty() && std::find(tags.begin(), tags.end(), t) == tags.end())
                    tags.push_back(t);
            }
            return tags.empty() ? Value() : Value(join_list(tags));
        }
        case FieldType::email: {
            const auto at = s.find('@');
            if (at == 0 || at == std::string_view::npos || at + 1 == s.size() ||
                s.find_first_of(" \t,;<>") != std::string_view::npos ||
                s.find('@', at + 1) != std::string_view::npos)
                throw FieldError(name, trf("'{}' is not an e-mail address", s),
                                 tr("write one address such as pymes@example.org"));
            return std::string(s);
        }
        case FieldType::scope:
            if (auto scope = normalize_scope(s)) return *scope;
            throw FieldError(
                name, trf("'{}' is not a scope", s),
                trf("use {}, or leave it empty when unknown", or_list(format_names(kScopeNames))));
        case FieldType::uid:
            // What `meeting ics` writes after "UID:" as it is: nothing a reader must unescape.
            if (s.size() > 255 || std::any_of(s.begin(), s.end(), [](char c) {
                    return c <= ' ' || c > '~' || c == ',' || c == ';' || c == '\\' || c == '"';
                }))
                throw FieldError(name, trf("'{}' is not a calendar UID", s),
                                 tr("leave it empty and the registry makes one; a UID comes from "
                                    "the `uid` column of a meeting export"));
            return std::string(s);
        case FieldType::membership_kind:
            if (auto k = parse_membership_kind(text::fold(s))) return std::string(kind_name(*k));
            throw FieldError(name, trf("'{}' is not founding, accession or withdrawal", s));
        case FieldType::standing:
            // Worked out from the membership log, never written: what a file says is read as
            // it is and set aside.
            return std::string(s);
        case FieldType::signatory:
            if (auto c = normalize_code(s)) return *c;
            throw code_error(name, s);
        case FieldType::timezone:
            try {
                return std::string(date::locate_zone(std::string(s))->name());
            } catch (const std::exception&) {
                throw FieldError(name, trf("'{}' is not an IANA time zone", s),
                                 tr("use a name such as America/Lima or Europe/Madrid"));
            }
    }
    return std::string(s);
}

}  // namespace pymes
