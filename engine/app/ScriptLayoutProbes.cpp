// Script probes for right-to-left interfaces: where widgets sit relative to each other (a
// mirrored header and footer) and which way a drawn line runs.
#include "app/ScriptDriver.hpp"
#include "ui/Gui.hpp"

namespace kompis::app
{
namespace
{

/// "a b" split at the first space; b keeps any later spaces (a text to look for).
std::pair<std::string, std::string> splitFirst(const std::string& argument)
{
    const auto space = argument.find(' ');
    if (space == std::string::npos)
        return {argument, {}};
    return {argument.substr(0, space), argument.substr(argument.find_first_not_of(' ', space))};
}

} // namespace

bool ScriptDriver::expectLeftOf(ScriptTarget& target, const ui::ScriptCommand& c)
{
    const auto [left, right] = splitFirst(c.argument);
    const auto& gui = target.gui();
    const auto a = gui.widgetRect(left);
    const auto b = gui.widgetRect(right);
    if (!a || !b)
        return fail(c.line,
                    "no widget '" + (a ? right : left) + "' on screen " + target.screenName());
    const float centreA = a->x + a->w / 2;
    const float centreB = b->x + b->w / 2;
    if (centreA >= centreB)
        return fail(c.line, "expected '" + left + "' (centre x " + std::to_string(int(centreA)) +
                                ") left of '" + right + "' (centre x " +
                                std::to_string(int(centreB)) + ") on screen " +
                                target.screenName());
    return true;
}

bool ScriptDriver::expectDirection(ScriptTarget& target, const ui::ScriptCommand& c)
{
    const auto [way, text] = splitFirst(c.argument);
    if ((way != "rtl" && way != "ltr") || text.empty())
        return fail(c.line, "expect-direction takes rtl or ltr and a text");
    const auto rightToLeft = target.gui().drawnRightToLeft(text);
    if (!rightToLeft)
        return fail(c.line, "expected text '" + text + "' on screen " + target.screenName());
    if (*rightToLeft != (way == "rtl"))
        return fail(c.line, "expected '" + text + "' to run " +
                                (way == "rtl" ? "right to left" : "left to right") + " on screen " +
                                target.screenName());
    return true;
}

} // namespace kompis::app
