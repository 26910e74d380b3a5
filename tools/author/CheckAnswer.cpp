#include "Commands.hpp"
#include "core/grading/Grader.hpp"

#include <cstdio>

namespace kompis::author
{

int runCheckAnswer(Arguments& args)
{
    const auto format = args.value("--format").value_or("text");
    const auto lang = args.value("--lang").value_or("en");
    const auto& positional = args.positional();
    if (positional.size() != 3)
        return args.usageError("name the package, the item and the response");
    if (format != "text" && format != "json")
        return args.usageError("--format is text or json");
    std::string error;
    auto package = loadPackage(positional[0], error);
    if (!package.files || !package.load.usable())
    {
        std::fprintf(stderr, "kompis-author check-answer: %s\n",
                     error.empty() ? "the package cannot be loaded; run kompis-author validate"
                                   : error.c_str());
        return kUsage;
    }
    const auto found = package.load.course->findStep(positional[1]);
    const core::Item* item = found.step ? found.step->item() : nullptr;
    if (!item)
    {
        std::fprintf(stderr, "kompis-author check-answer: no quiz item with id `%s` in %s\n",
                     positional[1].c_str(), positional[0].c_str());
        return kUsage;
    }
    const auto response = core::parseResponse(*item, positional[2], error);
    if (!response)
    {
        std::fprintf(stderr, "kompis-author check-answer: %s\n", error.c_str());
        return kUsage;
    }
    const auto result = core::grade(*item, *response);
    const auto outcome = std::string(core::outcomeName(result.outcome));
    if (format == "json")
    {
        std::printf(
            "{\n  \"item\": %s,\n  \"kind\": %s,\n  \"response\": %s,\n  \"outcome\": \"%s\",\n"
            "  \"points\": %g,\n  \"max_points\": %g,\n  \"expected\": %s,\n  \"standard\": %s,\n"
            "  \"message\": %s,\n  \"feedback\": %s,\n  \"differences\": [",
            jsonString(positional[1]).c_str(), jsonString(core::itemKindName(item->body)).c_str(),
            jsonString(core::responseText(*item, *response)).c_str(), outcome.c_str(),
            result.points, result.maxPoints, jsonString(result.expected).c_str(),
            jsonString(result.standardUsed).c_str(), jsonString(result.message.pick(lang)).c_str(),
            jsonString(result.feedback.pick(lang)).c_str());
        for (std::size_t i = 0; i < result.differences.size(); ++i)
            std::printf("%s%s", i ? ", " : "",
                        jsonString(core::describeDifference(result.differences[i])).c_str());
        std::printf("]\n}\n");
    }
    else
    {
        std::printf("%s: %g of %g points\n", outcome.c_str(), result.points, result.maxPoints);
        if (!result.message.empty())
            std::printf("  engine:   %s\n", shown(result.message.pick(lang)).c_str());
        if (!result.feedback.empty())
            std::printf("  feedback: %s\n", shown(result.feedback.pick(lang)).c_str());
        if (result.outcome != core::Outcome::Right && !result.expected.empty())
            std::printf("  expected: %s\n", shown(result.expected).c_str());
        for (const auto& difference : result.differences)
            std::printf("  - %s\n", shown(core::describeDifference(difference)).c_str());
    }
    return kClean; // the check ran; the outcome is in the output
}

} // namespace kompis::author
