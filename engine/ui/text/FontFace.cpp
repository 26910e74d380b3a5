#include "ui/text/FontFace.hpp"

#include <cmath>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <algorithm>
#include <hb-ft.h>
#include <utility>

namespace kompis::ui::text
{

FontFace::FontFace(FT_LibraryRec_* library, std::string path, float scale)
    : m_path(std::move(path))
    , m_scale(scale)
{
    if (FT_New_Face(library, m_path.c_str(), 0, &m_face) != 0)
    {
        m_face = nullptr;
        return;
    }
    useSize(16 * 64);
    // The HarfBuzz font holds its own reference to the face.
    m_font = hb_ft_font_create_referenced(m_face);
}

FontFace::~FontFace()
{
    if (m_font != nullptr)
        hb_font_destroy(m_font);
    if (m_face != nullptr)
        FT_Done_Face(m_face);
}

bool FontFace::covers(char32_t codePoint) const
{
    return m_face != nullptr && FT_Get_Char_Index(m_face, codePoint) != 0;
}

void FontFace::useSize(std::int32_t size26_6)
{
    if (m_face == nullptr || size26_6 == m_size)
        return;
    FT_Set_Char_Size(m_face, 0, static_cast<FT_F26Dot6>(std::lround(float(size26_6) * m_scale)), 72,
                     72);
    m_size = size26_6;
    if (m_font != nullptr)
        hb_ft_font_changed(m_font);
}

FaceMetrics FontFace::metrics(std::int32_t size26_6)
{
    useSize(size26_6);
    if (m_face == nullptr)
        return {};
    const auto& size = m_face->size->metrics;
    const float ascent = static_cast<float>(size.ascender) / 64.0f;
    const float descent = static_cast<float>(size.descender) / 64.0f;
    const float height = static_cast<float>(size.height) / 64.0f;
    return {ascent, descent, std::max(0.0f, height - (ascent - descent))};
}

} // namespace kompis::ui::text
