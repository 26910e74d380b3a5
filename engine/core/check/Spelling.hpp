#pragma once

#include "core/diag/Diagnostic.hpp"
#include "core/model/Course.hpp"
#include "core/package/PackageFiles.hpp"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kompis::core
{

/// The course's own word list: names and new terms the dictionaries do not know, one per line
/// (`#` starts a comment). Packed with the course.
inline constexpr std::string_view kWordListPath = "words.txt";

struct SpellingOptions
{
    /// Where the hunspell dictionaries are (`sv_SE`, `nb_NO`, `nn_NO` from hunspell-sv and
    /// hunspell-no on Debian).
    std::string dictionaryFolder = "/usr/share/hunspell";
};

/// Warns (`spelling`) about each word of a course's Swedish and Norwegian text that the
/// language's hunspell dictionary and the course word list do not know, with suggestions, at
/// its line and column. Words are found with ICU word breaks. Text that may be wrong on purpose
/// (wrong options, distractors, anticipated mistakes) is not checked. A language without an
/// installed dictionary gets one `spelling.no-dictionary` warning.
///
/// Loading a dictionary takes about a second, so one checker serves every package of a run.
class SpellChecker
{
public:
    explicit SpellChecker(SpellingOptions options = {});
    ~SpellChecker();
    SpellChecker(const SpellChecker&) = delete;
    SpellChecker& operator=(const SpellChecker&) = delete;

    [[nodiscard]] std::vector<Diagnostic> check(const PackageFiles& package, const Course& course);

private:
    class Dictionary;
    /// Loads the dictionaries of `langs` not loaded yet, side by side.
    void load(const std::vector<LangTag>& langs);

    SpellingOptions m_options;
    std::map<LangTag, std::unique_ptr<Dictionary>> m_dictionaries;
};

/// A one-off check with a checker of its own.
std::vector<Diagnostic> checkSpelling(const PackageFiles& package, const Course& course,
                                      const SpellingOptions& options = {});

} // namespace kompis::core
