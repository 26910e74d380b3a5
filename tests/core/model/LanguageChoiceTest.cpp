#include "core/model/LanguageChoice.hpp"

#include <catch2/catch.hpp>

using namespace kompis::core;
using Tags = std::vector<LangTag>;

namespace
{
const CourseLanguages kCourse{{"en", "fi", "ar"}, {"ti"}};

LocalText texts(std::initializer_list<std::pair<LangTag, std::string>> variants)
{
    LocalText text;
    for (const auto& v : variants)
        text.variants.push_back(v);
    return text;
}
} // namespace

TEST_CASE("a learner whose language the course explains in reads that language first")
{
    CHECK(instructionLanguages({"ar", ""}, kCourse) == Tags{"ar", "en", "fi", "ti"});
    CHECK(instructionLanguages({"fi", "ar"}, kCourse) == Tags{"fi", "ar", "en", "ti"});
}

TEST_CASE("an overview language comes first for its readers, then their second choice")
{
    // Titles exist in Tigrinya; a prompt that has no Tigrinya falls to Finnish, not English.
    const auto order = instructionLanguages({"ti", "fi"}, kCourse);
    CHECK(order == Tags{"ti", "fi", "en", "ar"});
    CHECK(pickShown(texts({{"en", "Lesson"}, {"ti", "ትምህርቲ"}}), order).lang == "ti");
    CHECK(pickShown(texts({{"en", "Choose"}, {"fi", "Valitse"}}), order).text == "Valitse");
}

TEST_CASE("without a second choice the course's first instruction language is the fallback")
{
    CHECK(instructionLanguages({"so", ""}, kCourse) == Tags{"en", "fi", "ar", "ti"});
    CHECK(instructionLanguages({"uk", "so"}, kCourse).front() == "en");
    const CourseLanguages finnishFirst{{"fi", "en"}, {}};
    CHECK(instructionLanguages({"so", ""}, finnishFirst).front() == "fi");
}

TEST_CASE("a second choice the course lacks is skipped, and no language is listed twice")
{
    CHECK(instructionLanguages({"ti", "so"}, kCourse) == Tags{"ti", "en", "fi", "ar"});
    CHECK(instructionLanguages({"en", "en"}, kCourse) == Tags{"en", "fi", "ar", "ti"});
}

TEST_CASE("a learner tag with a region reads the course's tag for the same language")
{
    const CourseLanguages dari{{"en", "fa"}, {}};
    CHECK(instructionLanguages({"fa-AF", ""}, dari).front() == "fa");
    // The exact tag wins when the course has both.
    const CourseLanguages both{{"en", "fa", "fa-AF"}, {}};
    CHECK(instructionLanguages({"fa-AF", ""}, both).front() == "fa-AF");
    CHECK_FALSE(servesLanguage("nn", "nb"));
}

TEST_CASE("the shown text says which language it is in")
{
    const auto order = instructionLanguages({"ar", ""}, kCourse);
    const auto shown = pickShown(texts({{"en", "Listen"}, {"ar", "استمع"}}), order);
    CHECK(shown.lang == "ar");
    CHECK(shown.text == "استمع");
    // Only an undeclared language: its first variant, still labelled with its language.
    CHECK(pickShown(texts({{"de", "Hör zu"}}), order).lang == "de");
    CHECK(pickShown(LocalText{}, order).lang.empty());
}
