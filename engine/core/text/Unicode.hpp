#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

/// Language-aware text handling with ICU. Everything takes and returns UTF-8; invalid input
/// never crashes: ill-formed sequences become U+FFFD.
namespace kompis::core::text
{

/// Unicode normalisation form C: a decomposed `a` + ring becomes `å`.
std::string nfc(std::string_view utf8);
/// Full Unicode case folding (NFC first): for comparing, not for showing.
std::string foldCase(std::string_view utf8);
/// The words of a text without what speech does not say: NFC, case-folded, punctuation, symbols
/// and white space dropped. Two texts whose keys match say the same thing aloud ("Hej, Anna!"
/// and "hej anna" do; "Hej Anna" and "Hej Omar" do not).
std::string spokenKey(std::string_view utf8);
/// The extended grapheme clusters ("letters as people see them") of NFC text.
std::vector<std::string> graphemes(std::string_view utf8);
std::size_t graphemeCount(std::string_view utf8);
/// Whether `utf8` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF);
/// on failure `firstBadByte` gets the offset of the first byte that is not.
bool validUtf8(std::string_view utf8, std::size_t* firstBadByte = nullptr);
/// Byte offsets where a line may break (ICU line breaking for `locale`): each offset starts a
/// new line if the break is taken. Never inside a word; the end of the text is not included.
std::vector<std::size_t> lineBreakOpportunities(std::string_view utf8, const std::string& locale);
/// Byte offsets where words start and end, for double-click and word counting.
std::vector<std::pair<std::size_t, std::size_t>> wordSpans(std::string_view utf8,
                                                           const std::string& locale);
/// Compares by the collation of `locale` (`sv`: … z å ä ö; `nb`: … z æ ø å): <0, 0, >0.
int collate(std::string_view a, std::string_view b, const std::string& locale);
void sortCollated(std::vector<std::string>& words, const std::string& locale);
/// Upper-cases the first grapheme (locale-aware), for sentences built from word-order tokens.
std::string capitaliseFirst(std::string_view utf8, const std::string& locale);
/// Lower-cases the first grapheme (locale-aware): `I morgon` → `i morgon`.
std::string lowerFirst(std::string_view utf8, const std::string& locale);
/// Whether the text begins with a capital letter (upper or title case).
bool startsWithCapital(std::string_view utf8);
/// How many capital letters the text begins with: 2 or more in `NAV`, `CV:n`, 1 in `Norge`.
int leadingCapitals(std::string_view utf8);

} // namespace kompis::core::text
