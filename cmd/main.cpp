#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "context.hpp"

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    pymes::cli::Terminal terminal;
    terminal.out_is_tty = ::isatty(STDOUT_FILENO) == 1;
    terminal.err_is_tty = ::isatty(STDERR_FILENO) == 1;
    if (winsize ws{}; terminal.out_is_tty && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0)
        terminal.width = ws.ws_col;
    // Where the terminal does not say (a serial console), $COLUMNS may.
    if (const char* columns = std::getenv("COLUMNS");
        terminal.out_is_tty && terminal.width == 0 && columns && std::atoi(columns) > 0)
        terminal.width = std::size_t(std::atoi(columns));
    return pymes::cli::run(argc, argv, std::cout, std::cerr, pymes::process_environment(),
                           terminal);
}
