// --format email: the message is GMime's work (MIME structure, RFC 2047 encoded words, header
// folding, quoted-printable), never a hand-rolled encoder.
#include "pymes/report/mail.hpp"

#include <fmt/format.h>
#include <gmime/gmime.h>

#include <memory>
#include <mutex>
#include <random>

#include "core/module.hpp"
#include "pymes/core/errors.hpp"
#include "pymes/core/i18n.hpp"
#include "report/mail_module.hpp"

namespace pymes {

namespace {

void init_gmime() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

struct Unref {
    void operator()(gpointer p) const {
        if (p) g_object_unref(p);
    }
};
template <class T>
using Ref = std::unique_ptr<T, Unref>;

/// The addresses of `value` into `list`; how many there were.
int add_addresses(InternetAddressList* list, const std::string& value) {
    if (value.find('@') == std::string::npos) return 0;  // GMime takes "nobody" as an address
    Ref<InternetAddressList> parsed(
        internet_address_list_parse(g_mime_parser_options_get_default(), value.c_str()));
    if (!parsed) return 0;
    internet_address_list_append(list, parsed.get());
    return internet_address_list_length(parsed.get());
}

/// The domain of the first address in `from`, for the Message-ID.
std::string domain_of(const std::string& from) {
    const auto close = from.rfind('>');
    const std::string address = close == std::string::npos ? from : from.substr(0, close);
    const auto at = address.rfind('@');
    std::string domain = at == std::string::npos ? "localhost" : address.substr(at + 1);
    std::string clean;
    for (char c : domain)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '.' || c == '-')
            clean += c;
    return clean.empty() ? "localhost" : clean;
}

GMimeObject* text_part(const char* subtype, const std::string& body) {
    GMimeTextPart* part = g_mime_text_part_new_with_subtype(subtype);
    // The bytes as they are, labelled UTF-8: g_mime_text_part_set_text would convert a body
    // that fits Latin-1 to Latin-1 (the test that decodes the parts caught it).
    Ref<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(body.data(), body.size()));
    Ref<GMimeDataWrapper> content(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(GMIME_PART(part), content.get());
    g_mime_text_part_set_charset(part, "utf-8");
    // Quoted-printable keeps every line under 77 octets, whatever the body's lines.
    g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    return GMIME_OBJECT(part);
}

}  // namespace

std::string write_mail(const MailMessage& m) {
    init_gmime();
    Ref<GMimeMessage> message(g_mime_message_new(TRUE));
    if (add_addresses(g_mime_message_get_from(message.get()), m.from) == 0)
        throw ConfigError(
            tr("--format email needs the sender: [mail] from in the config"),
            tr("add to the config: [mail] from = \"Coordinación <coordinacion@example.org>\""));
    if (add_addresses(g_mime_message_get_to(message.get()), m.to) == 0)
        throw ConfigError(tr("--format email needs the recipients: [mail] to in the config"),
                          tr("add to the config: [mail] to = \"partes@example.org\""));
    add_addresses(g_mime_message_get_reply_to(message.get()), m.reply_to);
    g_mime_message_set_subject(message.get(), m.subject.c_str(), "utf-8");

    int y = 1970, mo = 1, d = 1, h = 0, mi = 0, s = 0;
    std::sscanf(m.now_utc.c_str(), "%d-%d-%dT%d:%d:%dZ", &y, &mo, &d, &h, &mi, &s);
    GDateTime* date = g_date_time_new_utc(y, mo, d, h, mi, s);
    g_mime_message_set_date(message.get(), date);
    g_date_time_unref(date);

    std::random_device random;
    const std::string id =
        fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}Z.{:08x}{:08x}{:08x}{:08x}@{}", y, mo, d, h, mi,
                    s, random(), random(), random(), random(), domain_of(m.from));
    g_mime_message_set_message_id(message.get(), id.c_str());

    Ref<GMimeMultipart> alternative(g_mime_multipart_new_with_subtype("alternative"));
    Ref<GMimeObject> text(text_part("plain", m.text)), html(text_part("html", m.html));
    g_mime_multipart_add(alternative.get(), text.get());  // plainest first (RFC 2046 §5.1.4)
    g_mime_multipart_add(alternative.get(), html.get());
    g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(alternative.get()));

    GMimeFormatOptions* options = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_UNIX);
    char* bytes = g_mime_object_to_string(GMIME_OBJECT(message.get()), options);
    g_mime_format_options_free(options);
    std::string out = bytes ? bytes : "";
    g_free(bytes);
    return out;
}

}  // namespace pymes

/// The mail module's table (core/module.hpp).
PYMES_MODULE_ENTRY const void* pymes_module_mail() {
    static const pymes::detail::MailModule table{pymes::kVersion, &pymes::write_mail};
    return &table;
}
