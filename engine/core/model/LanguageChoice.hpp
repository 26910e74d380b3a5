#pragma once

#include "core/model/LocalText.hpp"

#include <string>
#include <vector>

namespace kompis::core
{

/// The languages a course explains itself in (course.xml `instruction=` and `overview=`).
struct CourseLanguages
{
    std::vector<LangTag> instruction; ///< every instruction text; the first is the fallback
    std::vector<LangTag> overview;    ///< only titles, descriptions and goals
};

/// The learner's reading languages: the interface language, and a second choice for courses
/// that do not explain in the first ("" when the learner chose none).
struct ReadingLanguages
{
    LangTag first;
    LangTag second;
};

/// Whether a course tag serves a learner tag: the same tag, or the same language subtag
/// (a learner reading `fa-AF` reads a course's `fa`; `nb` never reads `nn`).
[[nodiscard]] bool servesLanguage(const LangTag& courseTag, const LangTag& learnerTag);

/// The order in which to look for an instruction text: the learner's language if the course
/// has it (as an instruction or overview language), then the second choice if the course has
/// it, then the course's first instruction language, then its other instruction and overview
/// languages. Every tag is a course tag, listed once.
[[nodiscard]] std::vector<LangTag> instructionLanguages(const ReadingLanguages& learner,
                                                        const CourseLanguages& course);

/// A text as shown, with the language it is in ("" when the text is empty).
struct ShownText
{
    LangTag lang;
    std::string text;
};

/// The variant of `text` to show for `order` (from instructionLanguages): the first of
/// `order` the text has, else its first variant (a text in a language the course does not
/// declare, e.g. from a broken course.xml), else nothing.
[[nodiscard]] ShownText pickShown(const LocalText& text, const std::vector<LangTag>& order);

} // namespace kompis::core
