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

Arguments::Arguments(int argc, char** argv, int first)
{
    for (int i = first; i < argc; ++i)
        m_args.emplace_back(argv[i]);
}

bool Arguments::flag(std::string_view name, std::string_view shortName)
{
    for (auto it = m_args.begin(); it != m_args.end(); ++it)
        if (*it == name || (!shortName.empty() && *it == shortName))
        {
            m_args.erase(it);
            return true;
        }
    return false;
}

std::optional<std::string> Arguments::value(std::string_view name, std::string_view shortName)
{
    const std::string prefix = std::string(name) + "=";
    for (auto it = m_args.begin(); it != m_args.end(); ++it)
    {
        if (it->starts_with(prefix))
        {
            auto result = it->substr(prefix.size());
            m_args.erase(it);
            return result;
        }
        if ((*it == name || (!shortName.empty() && *it == shortName)) &&
            std::next(it) != m_args.end())
        {
            auto result = *std::next(it);
            m_args.erase(it, std::next(it, 2));
            return result;
        }
    }
    return std::nullopt;
}

std::vector<std::string> Arguments::positional(std::string& error) const
{
    std::vector<std::string> result;
    for (const auto& arg : m_args)
    {
        if (arg.size() > 1 && arg[0] == '-')
        {
            error = "unknown option " + arg;
            return {};
        }
        result.push_back(arg);
    }
    return result;
}

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
