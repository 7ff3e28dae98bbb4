// report/mail.cpp: the message GMime writes for --format email.
#include "pymes/report/mail.hpp"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "pymes/core/errors.hpp"

using pymes::MailMessage;

namespace {

MailMessage sample() {
    return {"Coordinación <coordinacion@example.org>",
            "partes@example.org",
            "",
            "Resumen semanal, 2026-W47",
            "texto\n",
            "<p>html</p>\n",
            "2026-11-25T07:00:00Z"};
}

std::string header(const std::string& message, const std::string& name) {
    std::istringstream in(message.substr(0, message.find("\n\n")));
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(name + ": ", 0) == 0) return line.substr(name.size() + 2);
    return {};
}

}  // namespace

TEST_CASE("mail: without [mail] from or to there is no message (78)") {
    MailMessage m = sample();
    m.from.clear();
    CHECK_THROWS_AS(pymes::write_mail(m), pymes::ConfigError);
    m = sample();
    m.to = "nobody";  // no address in it
    CHECK_THROWS_AS(pymes::write_mail(m), pymes::ConfigError);
}

TEST_CASE(
    "mail: Date from the clock, a Message-ID unique to each message, at the sender's domain") {
    const std::string a = pymes::write_mail(sample()), b = pymes::write_mail(sample());
    CHECK(header(a, "Date") == "Wed, 25 Nov 2026 07:00:00 +0000");
    const std::string id = header(a, "Message-Id");
    CHECK(id.rfind("<20261125T070000Z.", 0) == 0);
    CHECK(id.size() ==
          std::string("<20261125T070000Z.").size() + 32 + std::string("@example.org>").size());
    CHECK(id.find("@example.org>") != std::string::npos);
    CHECK(id != header(b, "Message-Id"));
    CHECK(header(a, "MIME-Version") == "1.0");
}

TEST_CASE("mail: a CR or LF in the subject never starts a header of its own") {
    MailMessage m = sample();
    m.subject = "Resumen\r\nBcc: todos@example.org";
    const std::string out = pymes::write_mail(m);
    CHECK(out.find("\nBcc:") == std::string::npos);
    CHECK(out.find('\r') == std::string::npos);
}

TEST_CASE("mail: a body line of 5000 octets leaves no line over 998") {
    MailMessage m = sample();
    m.text = std::string(2500, 'x') + "ñ" + std::string(2498, 'y') + "\n";
    const std::string out = pymes::write_mail(m);
    std::istringstream in(out);
    std::string line;
    std::size_t longest = 0;
    while (std::getline(in, line)) longest = std::max(longest, line.size());
    CHECK(longest <= 998);
    CHECK(out.find("quoted-printable") != std::string::npos);
}
