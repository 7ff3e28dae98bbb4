#pragma once
/// The table of the mail module (GMime: mail.cpp; core/module.hpp). The program calls it
/// through report/mail_module.cpp; the tests link mail.cpp directly.

#include <string_view>

#include "pymes/report/mail.hpp"

namespace pymes::detail {

struct MailModule {
    std::string_view version;
    decltype(&write_mail) write;
};

}  // namespace pymes::detail
