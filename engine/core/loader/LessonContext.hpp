#pragma once

#include "core/loader/ElementReader.hpp"
#include "core/model/Course.hpp"

#include <set>
#include <string>

namespace kompis::core::loader
{

/// What reading one lesson file needs to know besides the element at hand.
struct LessonContext
{
    const ElementReader& reader;
    const PackageFiles& package;
    const Course& course;
    std::set<std::string> glossaryIds;
    LangTag stepLang; ///< the step's `lang`, or the course's main target
    /// The course's speakers and the lesson's own; when empty, `speaker=` is free text.
    std::vector<Speaker> speakers;

    [[nodiscard]] const LangTag& instructionLang() const
    {
        return reader.languages().instruction.front();
    }
};

/// `<audio src transcript speaker lang/>`: the path must stay inside the package and exist.
std::optional<AudioRef> readAudio(const LessonContext& context,
                                  const tinyxml2::XMLElement* element);
/// The `<audio>` clips inside `<p>` (one, or one per `<t lang>` piece with that `lang`) into
/// `paragraph`, whose text is already read; warns when a transcript differs from its text.
void readParagraphAudio(const LessonContext& context, const tinyxml2::XMLElement* p,
                        Paragraph& paragraph);
/// `<example>` text and its optional `<audio>` clip into `entry`.
void readExample(const LessonContext& context, const tinyxml2::XMLElement* example,
                 VocabularyEntry& entry);
/// `<image src>` with `<alt>` and optional `<caption>`.
std::optional<ImageRef> readImage(const LessonContext& context,
                                  const tinyxml2::XMLElement* element);
/// Checks a package-relative media path and reports `media.*` problems; true when it is safe to
/// keep the reference (a missing file is reported but kept, so the player can say so).
bool checkMediaPath(const LessonContext& context, const tinyxml2::XMLElement* element,
                    const std::string& src, Names extensions, std::string_view kind);

/// Reads a quiz item element (`<single>`, `<gapfill>`, …) into `item`; false if unusable.
bool readItem(const LessonContext& context, const tinyxml2::XMLElement* element, Item& item);
/// Reads `<write>` or `<speak>`, the items no machine grades, into `item`; false if unusable.
bool readOpenItem(const LessonContext& context, const tinyxml2::XMLElement* element, Item& item);
/// The element names of quiz items.
constexpr auto kItemElements =
    std::to_array<std::string_view>({"single", "multiple", "truefalse", "gapfill", "wordorder",
                                     "match", "dictation", "listen", "write", "speak"});

} // namespace kompis::core::loader
