#include "ui/Script.hpp"

#include <charconv>
#include <sstream>

namespace kompis::ui
{

ScriptParse parseScript(const std::string& text)
{
    using Kind = ScriptCommand::Kind;
    static const std::pair<const char*, Kind> names[] = {
        {"click", Kind::Click},
        {"type", Kind::Type},
        {"key", Kind::Key},
        {"wait", Kind::Wait},
        {"screenshot", Kind::Screenshot},
        {"expect-screen", Kind::ExpectScreen},
        {"expect-text", Kind::ExpectText},
        {"expect-marked", Kind::ExpectMarked},
        {"expect-no-text", Kind::ExpectNoText},
        {"expect-focus", Kind::ExpectFocus},
        {"expect-inside", Kind::ExpectInside},
        {"expect-unmoved", Kind::ExpectUnmoved},
        {"expect-seen", Kind::ExpectSeen},
        {"expect-left-of", Kind::ExpectLeftOf},
        {"expect-direction", Kind::ExpectDirection},
        {"wait-text", Kind::WaitText},
        {"expect-playing", Kind::ExpectPlaying},
        {"measure-frames", Kind::MeasureFrames},
        {"measure-play", Kind::MeasurePlay},
        {"kill", Kind::Kill},
        {"quit", Kind::Quit},
    };
    ScriptParse out;
    std::istringstream in(text);
    std::string line;
    int number = 0;
    while (std::getline(in, line))
    {
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const auto start = line.find_first_not_of(" \t");
        if (start == std::string::npos || line[start] == '#')
            continue;
        const auto space = line.find(' ', start);
        const std::string word =
            line.substr(start, space == std::string::npos ? std::string::npos : space - start);
        std::string arg = space == std::string::npos ? "" : line.substr(space + 1);
        ScriptCommand command;
        command.line = number;
        bool known = false;
        for (const auto& [name, kind] : names)
            if (word == name)
            {
                command.kind = kind;
                known = true;
            }
        if (!known)
        {
            out.error = "line " + std::to_string(number) + ": unknown command '" + word + "'";
            return out;
        }
        // Only `type` keeps its spaces: the text may start or end with one on purpose.
        if (command.kind != Kind::Type)
        {
            const auto b = arg.find_first_not_of(" \t");
            const auto e = arg.find_last_not_of(" \t");
            arg = b == std::string::npos ? "" : arg.substr(b, e - b + 1);
        }
        const bool needsArg = command.kind != Kind::Quit && command.kind != Kind::Kill;
        if (needsArg && arg.empty())
        {
            out.error = "line " + std::to_string(number) + ": '" + word + "' needs an argument";
            return out;
        }
        if (command.kind == Kind::Wait || command.kind == Kind::MeasureFrames)
        {
            int ms = 0;
            auto [p, ec] = std::from_chars(arg.data(), arg.data() + arg.size(), ms);
            if (ec != std::errc() || p != arg.data() + arg.size() || ms < 0)
            {
                out.error = "line " + std::to_string(number) + ": wait takes milliseconds";
                return out;
            }
        }
        command.argument = arg;
        out.commands.push_back(std::move(command));
    }
    return out;
}

} // namespace kompis::ui
