#include "Cli.hpp"

#include <chrono>
#include <cstdlib>
#include <unistd.h>

namespace kompis::author
{

namespace
{
double secondsNow()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

Terminal Terminal::forStream(std::FILE* stream)
{
    Terminal terminal;
    terminal.interactive = ::isatty(::fileno(stream)) != 0;
    const char* term = std::getenv("TERM");
    terminal.colour = terminal.interactive && !std::getenv("NO_COLOR") && term &&
                      std::string_view(term) != "dumb";
    return terminal;
}

std::string Terminal::paint(std::string_view text, std::string_view code) const
{
    if (!colour)
        return std::string(text);
    return "\033[" + std::string(code) + "m" + std::string(text) + "\033[0m";
}

ProgressBar::ProgressBar(std::string label)
    : m_label(std::move(label))
    , m_enabled(Terminal::forStream(stderr).interactive)
    , m_start(secondsNow())
{
}

ProgressBar::~ProgressBar()
{
    if (m_drawn)
        std::fprintf(stderr, "\r\033[K");
}

void ProgressBar::update(std::size_t done, std::size_t total)
{
    if (!m_enabled || total == 0 || secondsNow() - m_start < 1.0)
        return;
    constexpr int kWidth = 30;
    const int filled = static_cast<int>(kWidth * done / total);
    std::fprintf(stderr, "\r%s [%.*s%*s] %zu/%zu", m_label.c_str(), filled,
                 "==============================", kWidth - filled, "", done, total);
    std::fflush(stderr);
    m_drawn = true;
}

} // namespace kompis::author
