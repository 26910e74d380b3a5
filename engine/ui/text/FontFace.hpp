#pragma once

#include <cstdint>
#include <memory>
#include <string>

struct FT_LibraryRec_;
struct FT_FaceRec_;
struct hb_font_t;

namespace kompis::ui::text
{

/// Vertical metrics of a face at one size, in pixels (descent is negative, below the baseline).
struct FaceMetrics
{
    float ascent = 0;
    float descent = 0;
    float lineGap = 0;
};

/// One font file opened with FreeType and HarfBuzz. Sizes are in 1/64 pixel (26.6 fixed
/// point) so fractional sizes from text styles stay exact; the face switches size on demand.
class FontFace
{
public:
    /// Opens `path`; `valid()` says whether it worked. Every size asked of the face is drawn
    /// `scale` times larger (a script whose letters look small beside the others at one size).
    FontFace(FT_LibraryRec_* library, std::string path, float scale = 1.0f);
    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    [[nodiscard]] bool valid() const { return m_face != nullptr && m_font != nullptr; }
    [[nodiscard]] const std::string& path() const { return m_path; }
    /// Whether the font has a glyph for the code point (FT_Get_Char_Index).
    [[nodiscard]] bool covers(char32_t codePoint) const;
    /// Sets the size used by the next shaping or rendering call.
    void useSize(std::int32_t size26_6);
    [[nodiscard]] FaceMetrics metrics(std::int32_t size26_6);
    [[nodiscard]] hb_font_t* harfBuzz() const { return m_font; }
    [[nodiscard]] FT_FaceRec_* freeType() const { return m_face; }

private:
    std::string m_path;
    FT_FaceRec_* m_face = nullptr;
    hb_font_t* m_font = nullptr;
    float m_scale = 1.0f;
    std::int32_t m_size = 0;
};

} // namespace kompis::ui::text
