#include "core/text/Utf8.hpp"

#include <catch2/catch.hpp>

using namespace kompis::core::text;

TEST_CASE("code points of one to four bytes round-trip through UTF-8")
{
    for (const char32_t cp : {U'a', U'å', U'ø', U'ش', U'ሰ', U'ї', U'€', U'😀', U'\U0010FFFF'})
    {
        const std::string bytes = encodeUtf8(cp);
        std::size_t pos = 0;
        CHECK(decodeUtf8(bytes, pos) == cp);
        CHECK(pos == bytes.size());
    }
    CHECK(encodeUtf8(U'å') == "\xC3\xA5");
    CHECK(encodeUtf8(U'😀').size() == 4);
    CHECK(decodeUtf8("Göteborg ሰላም") == U"Göteborg ሰላም");
}

TEST_CASE("bytes that are not UTF-8 decode as U+FFFD one byte at a time, keeping what follows")
{
    CHECK(decodeUtf8(std::string_view("a\xFF"
                                      "b")) == U"a\uFFFDb");
    // A sequence cut off at the end, and a lead byte followed by no continuation.
    CHECK(decodeUtf8(std::string_view("\xE2\x82")) == U"\uFFFD\uFFFD");
    CHECK(decodeUtf8(std::string_view("\xC3"
                                      "a")) == U"\uFFFDa");
    // An overlong '/' and an encoded surrogate are refused.
    CHECK(decodeUtf8(std::string_view("\xC0\xAF")) == U"\uFFFD\uFFFD");
    CHECK(decodeUtf8(std::string_view("\xED\xA0\x80")) == U"\uFFFD\uFFFD\uFFFD");
    CHECK(utf8SequenceLength("\xC3\xA5", 0) == 2);
    CHECK(utf8SequenceLength("\xC3\xA5", 1) == 0);
}

TEST_CASE("surrogates and values past U+10FFFF are written as U+FFFD")
{
    CHECK(encodeUtf8(char32_t(0xD800)) == encodeUtf8(kReplacementCharacter));
    CHECK(encodeUtf8(char32_t(0x110000)) == "\xEF\xBF\xBD");
}
