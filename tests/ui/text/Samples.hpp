#pragma once

#include "core/text/Isolation.hpp"

#include <string>

/// Text the learners read, in the scripts the text engine must handle.
namespace kompis::test::samples
{

/// "Welcome to work" (Arabic).
inline const std::string kArabic = "مرحبا بك في العمل";
/// "I want to find work" (Persian), with a zero-width non-joiner in می‌خواهم.
inline const std::string kPersianZwnj = "می‌خواهم کار پیدا کنم";
/// The same without the ZWNJ, as a careless keyboard would give it.
inline const std::string kPersianJoined = "میخواهم کار پیدا کنم";
/// "Hello! My name is Sara." (Tigrinya).
inline const std::string kTigrinya = "ሰላም! ስመይ ሳራ እዩ።";
/// "Read the sentence aloud and then write it:" (Arabic) with a Swedish quote, isolated.
inline const std::string kInstruction = "اقرأ الجملة بصوت عال ثم اكتبها: ";
inline const std::string kQuote = "Jag heter Sara och jobbar i Malmö.";
inline std::string mixedInstruction()
{
    const core::text::TextPiece pieces[] = {{kInstruction}, {kQuote, true}};
    return core::text::joinIsolated(pieces);
}

} // namespace kompis::test::samples
