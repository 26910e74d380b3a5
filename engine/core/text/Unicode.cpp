#include "core/text/Unicode.hpp"

#include <algorithm>
#include <memory>
#include <unicode/brkiter.h>
#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace kompis::core::text
{

namespace
{

icu::UnicodeString fromUtf8(std::string_view utf8)
{
    // ICU replaces ill-formed sequences with U+FFFD, which is what we want for display and
    // matching.
    return icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

std::string toUtf8(const icu::UnicodeString& text)
{
    std::string result;
    text.toUTF8String(result);
    return result;
}

icu::UnicodeString normalised(std::string_view utf8)
{
    UErrorCode status = U_ZERO_ERROR;
    const auto* normaliser = icu::Normalizer2::getNFCInstance(status);
    auto text = fromUtf8(utf8);
    if (U_FAILURE(status))
        return text;
    auto result = normaliser->normalize(text, status);
    return U_SUCCESS(status) ? result : text;
}

/// Maps UTF-16 offsets of `text` (as ICU iterators report them) to byte offsets of its UTF-8 form.
class OffsetMap
{
public:
    explicit OffsetMap(const icu::UnicodeString& text)
    {
        m_bytes.reserve(static_cast<std::size_t>(text.length()) + 1);
        std::size_t byte = 0;
        for (int32_t i = 0; i < text.length(); ++i)
        {
            m_bytes.push_back(byte);
            const UChar unit = text.charAt(i);
            if (U16_IS_LEAD(unit) && i + 1 < text.length() && U16_IS_TRAIL(text.charAt(i + 1)))
            {
                m_bytes.push_back(byte); // the trail unit shares its code point's bytes
                byte += 4;
                ++i;
            }
            else
                byte += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
        }
        m_bytes.push_back(byte);
    }

    [[nodiscard]] std::size_t byteAt(int32_t unit) const
    {
        return m_bytes[static_cast<std::size_t>(
            std::clamp<int32_t>(unit, 0, static_cast<int32_t>(m_bytes.size()) - 1))];
    }

private:
    std::vector<std::size_t> m_bytes;
};

std::unique_ptr<icu::Collator> collatorFor(const std::string& locale)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(
        icu::Collator::createInstance(icu::Locale(locale.c_str()), status));
    if (U_FAILURE(status))
        return nullptr;
    return collator;
}

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

std::string nfc(std::string_view utf8)
{
    // Nearly all course text is already NFC; checking is far cheaper than converting.
    if (isAscii(utf8))
        return std::string(utf8);
    UErrorCode status = U_ZERO_ERROR;
    const auto* normaliser = icu::Normalizer2::getNFCInstance(status);
    const icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
    if (U_SUCCESS(status) && validUtf8(utf8) && normaliser->isNormalizedUTF8(piece, status) &&
        U_SUCCESS(status))
        return std::string(utf8);
    return toUtf8(normalised(utf8));
}

std::string foldCase(std::string_view utf8)
{
    if (isAscii(utf8))
    {
        std::string folded(utf8);
        for (auto& c : folded)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        return folded;
    }
    auto text = normalised(utf8);
    text.foldCase(U_FOLD_CASE_DEFAULT);
    // Folding can denormalise (e.g. U+0130); normalise once more so equal texts compare equal.
    return nfc(toUtf8(text));
}

std::string spokenKey(std::string_view utf8)
{
    const auto folded = fromUtf8(foldCase(utf8));
    icu::UnicodeString kept;
    for (int32_t at = 0; at < folded.length();)
    {
        const UChar32 c = folded.char32At(at);
        at += U16_LENGTH(c);
        // Letters, marks and digits are spoken; punctuation, symbols and spaces are not.
        const auto category = U_GET_GC_MASK(c);
        if (category & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK))
            kept.append(c);
    }
    return toUtf8(kept);
}

std::vector<std::string> graphemes(std::string_view utf8)
{
    const auto text = normalised(utf8);
    std::vector<std::string> result;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status))
        return result;
    iterator->setText(text);
    int32_t start = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
         start = end, end = iterator->next())
        result.push_back(toUtf8(icu::UnicodeString(text, start, end - start)));
    return result;
}

std::size_t graphemeCount(std::string_view utf8)
{
    return graphemes(utf8).size();
}

bool validUtf8(std::string_view utf8, std::size_t* firstBadByte)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(utf8[i]); };
    std::size_t i = 0;
    while (i < utf8.size())
    {
        const unsigned lead = byte(i);
        std::size_t length = 0;
        unsigned low = 0x80, high = 0xBF; // allowed range of the second byte
        if (lead < 0x80)
            length = 1;
        else if (lead >= 0xC2 && lead <= 0xDF)
            length = 2;
        else if (lead >= 0xE0 && lead <= 0xEF)
        {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // no overlongs
            if (lead == 0xED)
                high = 0x9F; // no UTF-16 surrogates
        }
        else if (lead >= 0xF0 && lead <= 0xF4)
        {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            if (lead == 0xF4)
                high = 0x8F; // nothing past U+10FFFF
        }
        bool ok = length > 0 && i + length <= utf8.size();
        for (std::size_t k = 1; ok && k < length; ++k)
        {
            const unsigned next = byte(i + k);
            ok = k == 1 ? next >= low && next <= high : (next & 0xC0u) == 0x80u;
        }
        if (!ok)
        {
            if (firstBadByte)
                *firstBadByte = i;
            return false;
        }
        i += length;
    }
    return true;
}

std::vector<std::size_t> lineBreakOpportunities(std::string_view utf8, const std::string& locale)
{
    std::vector<std::size_t> breaks;
    if (!validUtf8(utf8))
        return breaks; // offsets into the original bytes would not line up; callers wrap nfc() text
    const auto text = fromUtf8(utf8);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createLineInstance(icu::Locale(locale.c_str()), status));
    if (U_FAILURE(status))
        return breaks;
    iterator->setText(text);
    const OffsetMap offsets(text);
    for (int32_t at = iterator->next(); at != icu::BreakIterator::DONE; at = iterator->next())
        if (at < text.length())
            breaks.push_back(offsets.byteAt(at));
    return breaks;
}

std::vector<std::pair<std::size_t, std::size_t>> wordSpans(std::string_view utf8,
                                                           const std::string& locale)
{
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    if (!validUtf8(utf8))
        return spans;
    const auto text = fromUtf8(utf8);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createWordInstance(icu::Locale(locale.c_str()), status));
    if (U_FAILURE(status))
        return spans;
    iterator->setText(text);
    const OffsetMap offsets(text);
    int32_t start = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
         start = end, end = iterator->next())
        if (iterator->getRuleStatus() != UBRK_WORD_NONE)
            spans.emplace_back(offsets.byteAt(start), offsets.byteAt(end));
    return spans;
}

int collate(std::string_view a, std::string_view b, const std::string& locale)
{
    const auto collator = collatorFor(locale);
    if (!collator)
        return a.compare(b) < 0 ? -1 : a.compare(b) > 0 ? 1 : 0;
    UErrorCode status = U_ZERO_ERROR;
    const auto result = collator->compare(fromUtf8(a), fromUtf8(b), status);
    return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

void sortCollated(std::vector<std::string>& words, const std::string& locale)
{
    const auto collator = collatorFor(locale);
    if (!collator)
    {
        std::sort(words.begin(), words.end());
        return;
    }
    std::vector<std::pair<std::string, std::string>> keyed; // sort key, word
    keyed.reserve(words.size());
    for (auto& word : words)
    {
        const auto text = fromUtf8(word);
        const int32_t size = collator->getSortKey(text, nullptr, 0);
        std::string key(static_cast<std::size_t>(std::max(size, 0)), '\0');
        collator->getSortKey(text, reinterpret_cast<uint8_t*>(key.data()), size);
        keyed.emplace_back(std::move(key), std::move(word));
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    for (std::size_t i = 0; i < words.size(); ++i)
        words[i] = std::move(keyed[i].second);
}

namespace
{

/// `utf8` with its first grapheme cased by `change` (toUpper or toLower in `locale`).
template <class Change>
std::string withFirstGrapheme(std::string_view utf8, const std::string& locale, Change change)
{
    const auto parts = graphemes(utf8);
    if (parts.empty())
        return {};
    auto first = fromUtf8(parts.front());
    change(first, icu::Locale(locale.c_str()));
    std::string result = toUtf8(first);
    for (std::size_t i = 1; i < parts.size(); ++i)
        result += parts[i];
    return result;
}

} // namespace

std::string capitaliseFirst(std::string_view utf8, const std::string& locale)
{
    return withFirstGrapheme(
        utf8, locale, [](icu::UnicodeString& text, const icu::Locale& in) { text.toUpper(in); });
}

std::string lowerFirst(std::string_view utf8, const std::string& locale)
{
    return withFirstGrapheme(
        utf8, locale, [](icu::UnicodeString& text, const icu::Locale& in) { text.toLower(in); });
}

bool startsWithCapital(std::string_view utf8)
{
    const auto text = fromUtf8(utf8);
    if (text.isEmpty())
        return false;
    const UChar32 first = text.char32At(0);
    return u_isupper(first) || u_istitle(first);
}

int leadingCapitals(std::string_view utf8)
{
    const auto text = fromUtf8(utf8);
    int count = 0;
    for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1))
    {
        const UChar32 c = text.char32At(i);
        if (!u_isupper(c) && !u_istitle(c))
            break;
        ++count;
    }
    return count;
}

} // namespace kompis::core::text
