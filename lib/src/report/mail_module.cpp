// In the program (not in the tests, which link mail.cpp): --format email through the mail
// module, loaded the first time a command writes a message (core/module.hpp).
#include "report/mail_module.hpp"

#include "core/module.hpp"

namespace pymes {

std::string write_mail(const MailMessage& message) {
    return detail::module<detail::MailModule>("mail").write(message);
}

}  // namespace pymes
