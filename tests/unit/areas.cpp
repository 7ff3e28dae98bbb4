#include "pymes/core/areas.hpp"

#include <catch2/catch.hpp>

#include "pymes/core/i18n.hpp"
#include "pymes/core/money.hpp"

using pymes::parse_amount;
using pymes::parse_area;

TEST_CASE("areas: canonical codes and Spanish aliases, case- and accent-insensitive") {
    CHECK(parse_area("training") == "training");
    CHECK(parse_area("Capacitación") == "training");
    CHECK(parse_area("capacitacion") == "training");
    CHECK(parse_area("CAPACITACIÓN") == "training");
    CHECK(parse_area("Transferencia Tecnológica") == "technology-transfer");
    CHECK(parse_area("tech") == "technology-transfer");
    CHECK(parse_area("administración y gestión") == "management");
    CHECK(parse_area("gestion") == "management");
    CHECK(parse_area("Políticas  Públicas") == "public-policy");
    CHECK(parse_area("info") == "information");
    CHECK(parse_area("informação") == "information");
    CHECK_FALSE(parse_area("deportes"));
    CHECK_FALSE(parse_area(""));
}

TEST_CASE("areas: labels in the configured language") {
    // The labels come from the build's catalogues (msgctxt "area").
    pymes::set_interface_language(pymes::Language::en, {PYMES_BUILD_LOCALEDIR});
    CHECK(pymes::area_label("training", pymes::Language::es) == "capacitación");
    CHECK(pymes::area_label("training", pymes::Language::en) == "training");
    CHECK(pymes::area_label("technology-transfer", pymes::Language::pt) ==
          "transferência tecnológica");
    CHECK(pymes::parse_language("fr") == std::nullopt);  // no fourth language
    CHECK(pymes::area_label("cooking", pymes::Language::es) ==
          "cooking");  // unknown area: its code
}

TEST_CASE("areas: every label, in every language, reads back as its area") {
    pymes::set_interface_language(pymes::Language::en, {PYMES_BUILD_LOCALEDIR});
    for (pymes::Language l : pymes::kLanguages)
        for (const auto& code : pymes::area_codes()) {
            INFO(code << " in " << pymes::language_code(l));
            CHECK(pymes::parse_area(pymes::area_label(code, l)) == code);
        }
}

TEST_CASE("money: exact decimals of at most two places, in minor units") {
    CHECK(parse_amount("25000") == 2500000);
    CHECK(parse_amount("25000.5") == 2500050);
    CHECK(parse_amount("25000.50") == 2500050);
    CHECK(parse_amount("0.01") == 1);
    CHECK(parse_amount(" 7 ") == 700);
    CHECK_FALSE(parse_amount("1.005"));
    CHECK_FALSE(parse_amount("-3"));
    CHECK_FALSE(parse_amount("1,5"));
    CHECK_FALSE(parse_amount("1e3"));
    CHECK_FALSE(parse_amount("12."));
    CHECK_FALSE(parse_amount(".5"));
    CHECK_FALSE(parse_amount("25 000"));
    CHECK_FALSE(parse_amount("1234567890123456"));  // too large to hold exactly
    CHECK(pymes::format_amount(2500050) == "25000.50");
    CHECK(pymes::format_amount(5) == "0.05");
    // 0.1 + 0.2 is exactly 0.30 here, as it never is in a float.
    CHECK(pymes::format_amount(*parse_amount("0.1") + *parse_amount("0.2")) == "0.30");
}
