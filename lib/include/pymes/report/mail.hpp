#pragma once
/// A whole RFC 5322 message for `sendmail -t` (SPEC §5, `--format email`): From, To and
/// Reply-To from the config's [mail], an RFC 2047 subject, Date, a unique Message-ID, and
/// multipart/alternative text + HTML in quoted-printable. Built with GMime 3.

#include <string>

namespace pymes {

struct MailMessage {
    std::string from, to, reply_to;  ///< as in the config: "Name <a@b>", comma-separated lists
    std::string subject;
    std::string text, html;  ///< the two alternatives, UTF-8
    std::string now_utc;     ///< YYYY-MM-DDTHH:MM:SSZ: the Date header (the registry's clock)
};

/// The message, LF line endings (sendmail's convention), no line over 998 octets. ConfigError
/// (78) when [mail] from or to is missing or holds no address. The Message-ID is
/// `<YYYYMMDDTHHMMSSZ.RANDOM@DOMAIN>` with 128 random bits and the sender's domain: unique for
/// every message written, even twice in one second, so two runs never give the same bytes
/// (nor the same MIME boundary); the bodies are the same.
std::string write_mail(const MailMessage& message);

}  // namespace pymes
