#include "app/CourseLanguagesLine.hpp"

#include "app/Shell.hpp"
#include "core/text/Isolation.hpp"

#include <algorithm>

namespace kompis::app
{

namespace
{
/// The autonym for a course's tag: its own catalog name, or that of the interface language it
/// serves (a course's `fa` is named as the interface's `fa-AF`), or the tag itself.
std::string autonym(const Shell& shell, const core::LangTag& tag)
{
    if (shell.messages().has("language." + tag))
        return shell.languageName(tag);
    for (const auto& ui : shell.messages().languages())
        if (core::servesLanguage(tag, ui) && shell.messages().has("language." + ui))
            return shell.languageName(ui);
    return tag;
}

/// "English, Suomi, العربية" with every name isolated from `host`, the sentence it goes into.
/// The list runs in the interface's direction (first name at the right in Arabic): the message
/// isolates it as a whole, and a mark before the first name decides that isolate's direction,
/// whatever script the first name is in.
std::string autonyms(const Shell& shell, const std::vector<core::LangTag>& tags,
                     const std::string& host)
{
    std::string list(interfaceDirectionMark(shell));
    for (std::size_t i = 0; i < tags.size(); ++i)
        list += (i ? ", " : "") + core::text::embedIn(host, autonym(shell, tags[i]));
    return list;
}

bool contains(const std::vector<core::LangTag>& tags, const core::LangTag& learner)
{
    return std::any_of(tags.begin(), tags.end(),
                       [&](const core::LangTag& tag)
                       { return core::servesLanguage(tag, learner); });
}
} // namespace

std::string_view interfaceDirectionMark(const Shell& shell)
{
    constexpr std::string_view kLeftToRightMark = "\xE2\x80\x8E";
    constexpr std::string_view kRightToLeftMark = "\xE2\x80\x8F";
    return shell.messages().rightToLeft() ? kRightToLeftMark : kLeftToRightMark;
}

std::vector<std::string> courseLanguageLines(const Shell& shell, const core::Course& course)
{
    std::vector<std::string> lines;
    if (course.instructionLangs.empty())
        return lines;
    // The host sentence decides whether names need isolating: any right-to-left letter in it.
    const std::string explainedHost = shell.tr("courses.explained-in", {{"languages", ""}});
    std::string line =
        shell.tr("courses.explained-in",
                 {{"languages", autonyms(shell, course.instructionLangs, explainedHost)}});
    if (!course.overviewLangs.empty())
    {
        const std::string alsoHost = shell.tr("courses.titles-also", {{"languages", ""}});
        line += " · " + shell.tr("courses.titles-also",
                                 {{"languages", autonyms(shell, course.overviewLangs, alsoHost)}});
    }
    lines.push_back(std::move(line));
    const std::string own = shell.messages().language();
    if (contains(course.instructionLangs, own))
        return lines;
    // The first instruction language in the learner's order is what prompts and feedback use.
    for (const auto& tag : shell.readingOrder(&course))
        if (std::find(course.instructionLangs.begin(), course.instructionLangs.end(), tag) !=
            course.instructionLangs.end())
        {
            const std::string host =
                shell.tr("courses.shown-instead", {{"language", ""}, {"instead", ""}});
            lines.push_back(
                shell.tr("courses.shown-instead",
                         {{"language", core::text::embedIn(host, autonym(shell, own))},
                          {"instead", core::text::embedIn(host, autonym(shell, tag))}}));
            break;
        }
    return lines;
}

} // namespace kompis::app
