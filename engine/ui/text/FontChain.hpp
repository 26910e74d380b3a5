#pragma once

#include "ui/text/FontFace.hpp"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kompis::ui::text
{

/// Which family a piece of text prefers: its script decides (Arabic letters in Noto Naskh
/// Arabic, Ethiopic in Noto Sans Ethiopic, everything else in the interface's sans serif).
enum class Family
{
    Sans,
    Arabic,
    Ethiopic,
};

/// Identifies a face of the chain; stable for the chain's life.
using FaceId = std::uint16_t;

/// The interface's fonts as a fallback chain by coverage. Font files come from Debian packages
/// (fonts-dejavu-core, fonts-noto-core), found at run time in the usual folders or in
/// $KOMPIS_FONT_DIR; no font is opened until text needs it, so start-up pays nothing for
/// scripts a learner never sees.
class FontChain
{
public:
    /// Finds the font files (no file is opened yet). `searchDirs` empty: the system's folders.
    explicit FontChain(std::vector<std::string> searchDirs = {});
    ~FontChain();
    FontChain(const FontChain&) = delete;
    FontChain& operator=(const FontChain&) = delete;

    /// The face for `codePoint`: the family's own face when it covers the letter, else the first
    /// face of the chain that does, else the family's face (which shows a box).
    [[nodiscard]] FaceId faceFor(char32_t codePoint, Family family, bool bold);
    /// The first usable face of a family (Sans falls back to any face at all).
    [[nodiscard]] FaceId primary(Family family, bool bold);
    [[nodiscard]] FontFace& face(FaceId id);
    /// Whether `id` names a face that opened.
    [[nodiscard]] bool usable(FaceId id);
    /// How many font files have been opened, and how long that took in total.
    [[nodiscard]] int openedCount() const { return m_opened; }
    [[nodiscard]] std::chrono::nanoseconds openingTime() const { return m_openingTime; }
    /// Paths of every face found, in chain order (for diagnostics and tests).
    [[nodiscard]] std::vector<std::string> paths() const;

private:
    struct Slot
    {
        std::string path;
        Family family;
        bool bold;
        std::unique_ptr<FontFace> face; // opened on first use
        bool tried = false;
    };

    FontFace* open(Slot& slot);

    struct Library;
    std::unique_ptr<Library> m_library;
    std::vector<Slot> m_slots;
    int m_opened = 0;
    std::chrono::nanoseconds m_openingTime{0};
};

} // namespace kompis::ui::text
