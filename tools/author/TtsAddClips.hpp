#pragma once

#include "core/model/Course.hpp"

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace kompis::author
{

/// What `tts --add-missing` wrote into the lesson files.
struct AddedClips
{
    std::size_t paragraphs = 0;     ///< `<audio>` elements put into `<p>` (one per language piece)
    std::size_t examples = 0;       ///< `<audio>` elements put into `<example>`
    std::vector<std::string> files; ///< lesson files changed, package-relative
    std::vector<std::string> problems; ///< why a paragraph or file was left as it was
};

/// Gives every paragraph of a text step and every example sentence of the loaded lessons that
/// has no clip an `<audio>` with the paragraph's (or example's) own text as transcript and a
/// stable name: `media/<step-id>-p<N>.ogg` (`-p<N>-<lang>.ogg` for each piece of a paragraph in
/// two languages), `media/<word-id>-ex.ogg`. Only the new elements are inserted, before `</p>` and
/// `</example>`; every other byte of the file (indentation, comments, line ends) stays. Running
/// it again adds nothing.
AddedClips addMissingClips(const std::filesystem::path& root, const core::Course& course);

} // namespace kompis::author
