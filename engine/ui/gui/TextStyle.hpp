#pragma once

namespace kompis::ui
{

/// What a piece of text means, which the theme turns into a colour (so a style needs no theme).
enum class Ink
{
    Text,
    Muted,
    Accent,
    Right,
    Almost,
    Wrong,
};

/// How a text is set: size relative to body text, weight, ink, alignment.
struct TextStyle
{
    float scale = 1.0f;
    bool bold = false;
    Ink ink = Ink::Text;
    bool centred = false;
};

/// The named text styles of the player: screens say what a text is, not how big it is.
namespace styles
{
inline constexpr TextStyle body{};
/// A line of plain text a little under body size (list rows).
inline constexpr TextStyle small{0.9f};
/// A paragraph that stands out a little (tips).
inline constexpr TextStyle lead{1.1f};
/// A meaning revealed, a caption over an image.
inline constexpr TextStyle answer{1.2f};
inline constexpr TextStyle captionTitle{1.2f, true};
/// Paragraphs and dialogue lines the learner reads in the target language.
inline constexpr TextStyle reading{1.15f};
/// Sentences an item is about (true/false statements, gap sentences).
inline constexpr TextStyle statement{1.25f};
inline constexpr TextStyle heading{1.45f, true};
/// A section inside a screen (settings groups, a learner's name, "your mistakes").
inline constexpr TextStyle section{1.1f, true};
/// The label of a field.
inline constexpr TextStyle label{1.0f, true};
/// A small bold label over a group (speaker, "your sentence", "words").
inline constexpr TextStyle caption{0.9f, true, Ink::Muted};
inline constexpr TextStyle prompt{1.2f, true};
/// What the learner wrote, shown back after checking.
inline constexpr TextStyle given{1.1f, true};
/// A short muted line: hints, translations, dates.
inline constexpr TextStyle hint{0.9f, false, Ink::Muted};
/// A muted paragraph: descriptions, "nothing here yet".
inline constexpr TextStyle note{1.0f, false, Ink::Muted};
inline constexpr TextStyle fine{0.85f, false, Ink::Muted};
inline constexpr TextStyle smallest{0.8f, false, Ink::Muted};
inline constexpr TextStyle tag{0.8f, true, Ink::Muted};
/// A line shown on top of the next screens (store not saving, words practised).
inline constexpr TextStyle notice{0.9f, true, Ink::Almost};
inline constexpr TextStyle error{1.0f, true, Ink::Wrong};
inline constexpr TextStyle smallError{0.9f, true, Ink::Wrong};
inline constexpr TextStyle success{1.0f, true, Ink::Right};
/// The other variant of a parallel course, under the one followed.
inline constexpr TextStyle compared{1.0f, false, Ink::Accent};
inline constexpr TextStyle speaker{0.9f, true, Ink::Accent};
inline constexpr TextStyle term{1.1f, true, Ink::Accent};
/// A word card's headword, and a word to recall.
inline constexpr TextStyle headword{1.3f, true};
inline constexpr TextStyle big{1.6f, true};
inline constexpr TextStyle streak{1.6f, true, Ink::Accent};
inline constexpr TextStyle score{2.0f, true, Ink::Accent};
} // namespace styles

} // namespace kompis::ui
