#include "ui/text/Shaper.hpp"

#include "core/text/Bidi.hpp"
#include "core/text/CodePoints.hpp"

#include <hb.h>
#include <memory>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace kompis::ui::text
{

namespace
{

struct CodePoint
{
    char32_t value;
    std::size_t begin;
    std::size_t end;
    UScriptCode script;
};

std::vector<CodePoint> decode(std::string_view utf8)
{
    std::vector<CodePoint> result;
    core::text::forEachCodePoint(
        utf8,
        [&result](char32_t c, std::size_t begin, std::size_t end)
        {
            UErrorCode status = U_ZERO_ERROR;
            UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
            result.push_back({c, begin, end, U_SUCCESS(status) ? script : USCRIPT_COMMON});
            return true;
        });
    // Spaces, punctuation, digits and marks take the script of the letters before them (or,
    // at the start, after them), so a run of Arabic words stays one item.
    UScriptCode last = USCRIPT_COMMON;
    for (auto& cp : result)
        if (cp.script == USCRIPT_COMMON || cp.script == USCRIPT_INHERITED)
            cp.script = last;
        else
            last = cp.script;
    UScriptCode next = USCRIPT_LATIN;
    for (auto it = result.rbegin(); it != result.rend(); ++it)
        if (it->script == USCRIPT_COMMON || it->script == USCRIPT_INHERITED)
            it->script = next;
        else
            next = it->script;
    return result;
}

Family familyOf(UScriptCode script)
{
    switch (script)
    {
    case USCRIPT_ARABIC:
        return Family::Arabic;
    case USCRIPT_ETHIOPIC:
        return Family::Ethiopic;
    default:
        return Family::Sans;
    }
}

bool joinsAnyFace(char32_t c)
{
    // Marks and joiners must be shaped with the letter they belong to, whatever covers them.
    const auto category = u_charType(static_cast<UChar32>(c));
    return category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ||
           category == U_COMBINING_SPACING_MARK || c == 0x200C || c == 0x200D;
}

void shape(FontChain& fonts, std::string_view utf8, const ShapeStyle& style, ShapedItem& item)
{
    if (!fonts.usable(item.face))
        return;
    FontFace& face = fonts.face(item.face);
    face.useSize(style.size26_6);
    std::unique_ptr<hb_buffer_t, decltype(&hb_buffer_destroy)> buffer(hb_buffer_create(),
                                                                      &hb_buffer_destroy);
    // The whole paragraph goes in as context so letters at the item's edges join correctly;
    // clusters come back as byte offsets of the paragraph.
    hb_buffer_add_utf8(buffer.get(), utf8.data(), static_cast<int>(utf8.size()),
                       static_cast<unsigned>(item.begin), static_cast<int>(item.end - item.begin));
    hb_buffer_set_direction(buffer.get(), item.rightToLeft() ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(buffer.get(), hb_script_from_string(item.script.c_str(), -1));
    if (!style.language.empty())
        hb_buffer_set_language(buffer.get(), hb_language_from_string(style.language.c_str(), -1));
    hb_shape(face.harfBuzz(), buffer.get(), nullptr, 0);
    unsigned count = 0;
    const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer.get(), &count);
    const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer.get(), &count);
    item.glyphs.reserve(count);
    for (unsigned i = 0; i < count; ++i)
        item.glyphs.push_back({item.face, infos[i].codepoint, infos[i].cluster,
                               static_cast<float>(positions[i].x_advance) / 64.0f,
                               static_cast<float>(positions[i].x_offset) / 64.0f,
                               static_cast<float>(positions[i].y_offset) / 64.0f});
}

} // namespace

std::vector<ShapedItem> shapeParagraph(FontChain& fonts, std::string_view utf8,
                                       const core::text::BidiParagraph& bidi,
                                       const ShapeStyle& style)
{
    std::vector<ShapedItem> items;
    const auto codePoints = decode(utf8);
    const auto levels = bidi.lineLevels(0, utf8.size());
    for (std::size_t i = 0; i < codePoints.size(); ++i)
    {
        const CodePoint& cp = codePoints[i];
        const std::uint8_t level = i < levels.size() ? levels[i] : 0;
        const Family family = familyOf(cp.script);
        ShapedItem* current = items.empty() ? nullptr : &items.back();
        const bool sameRun =
            current != nullptr && current->level == level && codePoints[i - 1].script == cp.script;
        FaceId face = 0;
        if (sameRun && (joinsAnyFace(cp.value) || (fonts.usable(current->face) &&
                                                   fonts.face(current->face).covers(cp.value))))
            face = current->face;
        else
            face = fonts.faceFor(cp.value, family, style.bold);
        if (sameRun && face == current->face)
        {
            current->end = cp.end;
            continue;
        }
        items.push_back({cp.begin, cp.end, level, face, uscript_getShortName(cp.script), {}});
    }
    for (ShapedItem& item : items)
        shape(fonts, utf8, style, item);
    return items;
}

} // namespace kompis::ui::text
