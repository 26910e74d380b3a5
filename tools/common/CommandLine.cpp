#include "common/CommandLine.hpp"

#include <algorithm>
#include <cstdio>

namespace kompis::tools
{
namespace
{

const Option* findOption(const std::vector<Option>& options, std::string_view word)
{
    const auto it = std::find_if(options.begin(), options.end(),
                                 [&](const Option& option)
                                 { return option.name == word || option.alias == word; });
    return it == options.end() ? nullptr : &*it;
}

// "-" alone is a word (standard input, by convention), as is anything after "--".
bool looksLikeOption(const std::string& word)
{
    return word.size() > 1 && word[0] == '-';
}

} // namespace

CommandLine CommandLine::parse(const std::vector<std::string>& words,
                               const std::vector<Option>& options)
{
    CommandLine line;
    for (std::size_t i = 0; i < words.size(); ++i)
    {
        const std::string& word = words[i];
        if (word == "--")
        {
            line.m_positional.insert(line.m_positional.end(), words.begin() + i + 1, words.end());
            break;
        }
        if (!looksLikeOption(word))
        {
            line.m_positional.push_back(word);
            continue;
        }
        if (word == "--help" || word == "-h")
        {
            line.m_help = true;
            continue;
        }
        const auto equals = word.find('=');
        const std::string spelled = word.substr(0, equals);
        const Option* option = findOption(options, spelled);
        if (!option)
        {
            if (line.m_error.empty())
                line.m_error = "unknown option " + spelled;
            continue;
        }
        Given given{option->name, std::nullopt};
        if (equals != std::string::npos)
        {
            if (option->takes == Takes::Nothing && line.m_error.empty())
                line.m_error = spelled + " takes no value";
            given.value = word.substr(equals + 1);
        }
        else if (option->takes == Takes::Value)
        {
            // A value may itself start with '-' ("-" for standard input), but an option where
            // the value should be means the value was forgotten.
            if (i + 1 >= words.size() || (looksLikeOption(words[i + 1])))
            {
                if (line.m_error.empty())
                    line.m_error = spelled + " needs a value";
                continue;
            }
            given.value = words[++i];
        }
        line.m_given.push_back(std::move(given));
    }
    return line;
}

bool CommandLine::flag(std::string_view name) const
{
    return std::any_of(m_given.begin(), m_given.end(),
                       [&](const Given& given) { return given.name == name; });
}

std::optional<std::string> CommandLine::value(std::string_view name) const
{
    for (auto it = m_given.rbegin(); it != m_given.rend(); ++it)
        if (it->name == name && it->value)
            return it->value;
    return std::nullopt;
}

void CommandLine::describe(std::string command, std::string usage)
{
    m_command = std::move(command);
    m_usage = std::move(usage);
}

int CommandLine::usageError(std::string_view message) const
{
    std::fprintf(stderr, "%s: %.*s\n", m_command.c_str(), static_cast<int>(message.size()),
                 message.data());
    if (!m_usage.empty())
        std::fprintf(stderr, "Usage: %s\n", m_usage.c_str());
    return kUsageExit;
}

} // namespace kompis::tools
