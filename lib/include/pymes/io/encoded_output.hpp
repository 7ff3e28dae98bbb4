#pragma once
/// An export written in the configured [csv] encoding (SPEC §4): while it lives, what is
/// written to the stream (UTF-8) reaches it converted, so that the same configuration imports
/// the file unchanged. UTF-8 is left as it is.

#include <iconv.h>

#include <ostream>
#include <streambuf>
#include <string>

#include "pymes/io/csv.hpp"

namespace pymes {

class EncodedOutput : public std::streambuf {
  public:
    EncodedOutput(std::ostream& out, Encoding encoding);
    ~EncodedOutput() override;
    EncodedOutput(const EncodedOutput&) = delete;
    EncodedOutput& operator=(const EncodedOutput&) = delete;
    /// Converts what is left; throws DataError for a character the encoding lacks.
    void finish();

  protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;

  private:
    void convert();
    std::ostream& out_;
    std::streambuf* previous_;
    iconv_t converter_ = reinterpret_cast<iconv_t>(-1);
    std::string pending_;
};

}  // namespace pymes
