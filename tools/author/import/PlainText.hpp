#pragma once

#include "core/loader/ElementReader.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kompis::author::import
{

/// Text from an HTML fragment (Moodle question text, Anki fields): tags dropped, block tags and
/// `<br>` become spaces, entities decoded, white space collapsed. The `src` of every `<img>` goes
/// to `images` so the importer can report it, since Kompis items hold no pictures.
std::string htmlToText(std::string_view html, std::vector<std::string>* images = nullptr);

/// White space trimmed at both ends and collapsed to single spaces (the loader's own rule).
using core::loader::collapseSpace;

/// A package id from any text: transliterated to ASCII (å → a, ж → zh), lower case, runs of
/// other characters become `-`, at most `maxLength` characters; empty when nothing is left.
std::string slugify(std::string_view text, std::size_t maxLength = 32);

/// Text quoted for XML content and attribute values.
std::string xmlEscape(std::string_view text);

} // namespace kompis::author::import
