// libFuzzer target: any bytes as a config file: values, or a ConfigError with FILE:LINE:COLUMN.
#include <cstdint>
#include <string>

#include "pymes/core/config.hpp"
#include "pymes/core/errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    pymes::Config config;
    try {
        pymes::read_config_text(config, std::string(reinterpret_cast<const char*>(data), size),
                                "fuzz.toml");
    } catch (const pymes::Error& e) {
        if (e.code() != pymes::Exit::config) __builtin_trap();
        if (std::string(e.what()).rfind("fuzz.toml:", 0) != 0)
            __builtin_trap();  // always FILE:LINE:COLUMN
    }
    return 0;
}
