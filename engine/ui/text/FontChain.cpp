#include "ui/text/FontChain.hpp"

#include <cstdlib>
#include <filesystem>
#include <ft2build.h>
#include FT_FREETYPE_H

namespace kompis::ui::text
{

struct FontChain::Library
{
    FT_Library handle = nullptr;
    Library() { FT_Init_FreeType(&handle); }
    ~Library() { FT_Done_FreeType(handle); }
    Library(const Library&) = delete;
    Library& operator=(const Library&) = delete;
};

namespace
{

struct Candidate
{
    const char* file;
    Family family;
    bool bold;
};

// Chain order: the interface's sans serif first (DejaVu for its large x-height, as the player's
// sf::Text fonts), then the script families, then Noto Sans for what DejaVu lacks.
constexpr Candidate kCandidates[] = {
    {"DejaVuSans.ttf", Family::Sans, false},
    {"DejaVuSans-Bold.ttf", Family::Sans, true},
    {"NotoNaskhArabic-Regular.ttf", Family::Arabic, false},
    {"NotoNaskhArabic-Bold.ttf", Family::Arabic, true},
    {"NotoSansEthiopic-Regular.ttf", Family::Ethiopic, false},
    {"NotoSansEthiopic-Bold.ttf", Family::Ethiopic, true},
    {"NotoSans-Regular.ttf", Family::Sans, false},
    {"NotoSans-Bold.ttf", Family::Sans, true},
    // Symbols no text face has: the speaker on read-aloud buttons (🔊).
    {"NotoSansSymbols2-Regular.ttf", Family::Sans, false},
};

std::vector<std::string> systemDirs()
{
    std::vector<std::string> dirs;
    if (const char* env = std::getenv("KOMPIS_FONT_DIR"))
        dirs.emplace_back(env);
    for (const char* dir :
         {"/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/noto",
          "/usr/share/fonts/dejavu", "/usr/share/fonts/noto", "/usr/local/share/fonts"})
        dirs.emplace_back(dir);
    return dirs;
}

} // namespace

FontChain::FontChain(std::vector<std::string> searchDirs)
    : m_library(std::make_unique<Library>())
{
    if (searchDirs.empty())
        searchDirs = systemDirs();
    for (const Candidate& candidate : kCandidates)
        for (const auto& dir : searchDirs)
        {
            std::error_code error;
            const auto path = std::filesystem::path(dir) / candidate.file;
            if (std::filesystem::is_regular_file(path, error))
            {
                m_slots.push_back({path.string(), candidate.family, candidate.bold, nullptr});
                break;
            }
        }
}

FontChain::~FontChain()
{
    m_slots.clear(); // faces before the FreeType library they came from
}

FontFace* FontChain::open(Slot& slot)
{
    if (!slot.tried)
    {
        slot.tried = true;
        const auto start = std::chrono::steady_clock::now();
        // Noto Naskh Arabic's letters read about a fifth smaller than DejaVu's at one size: an
        // Arabic or Dari name beside a Swedish one looked like small print.
        const float scale = slot.family == Family::Arabic ? 1.2f : 1.0f;
        auto face = std::make_unique<FontFace>(m_library->handle, slot.path, scale);
        m_openingTime += std::chrono::steady_clock::now() - start;
        ++m_opened;
        if (face->valid())
            slot.face = std::move(face);
    }
    return slot.face.get();
}

FaceId FontChain::primary(Family family, bool bold)
{
    // Exact family and weight, then the family in the other weight, then any face.
    for (int pass = 0; pass < 3; ++pass)
        for (std::size_t i = 0; i < m_slots.size(); ++i)
        {
            Slot& slot = m_slots[i];
            const bool matches =
                pass == 2 || (slot.family == family && (pass == 1 || slot.bold == bold));
            if (matches && open(slot) != nullptr)
                return static_cast<FaceId>(i);
        }
    return 0;
}

FaceId FontChain::faceFor(char32_t codePoint, Family family, bool bold)
{
    const FaceId preferred = primary(family, bold);
    if (usable(preferred) && m_slots[preferred].face->covers(codePoint))
        return preferred;
    for (std::size_t i = 0; i < m_slots.size(); ++i)
    {
        Slot& slot = m_slots[i];
        if (slot.bold != bold)
            continue;
        if (FontFace* face = open(slot); face != nullptr && face->covers(codePoint))
            return static_cast<FaceId>(i);
    }
    return preferred;
}

bool FontChain::usable(FaceId id)
{
    return id < m_slots.size() && open(m_slots[id]) != nullptr;
}

FontFace& FontChain::face(FaceId id)
{
    return *open(m_slots.at(id));
}

std::vector<std::string> FontChain::paths() const
{
    std::vector<std::string> result;
    for (const Slot& slot : m_slots)
        result.push_back(slot.path);
    return result;
}

} // namespace kompis::ui::text
