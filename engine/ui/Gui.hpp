#pragma once

#include "ui/Layout.hpp"
#include "ui/Theme.hpp"
#include "ui/gui/TextArea.hpp"
#include "ui/gui/TextEdit.hpp"
#include "ui/gui/TextStyle.hpp"
#include "ui/text/TextEngine.hpp"

#include <SFML/Graphics.hpp>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kompis::ui
{

/// How a button looks: what it means to the learner.
enum class Look
{
    Primary, ///< the obvious next action
    Secondary,
    Option,   ///< an answer option not picked
    Selected, ///< an answer option picked
    Right,
    Almost,
    Wrong,
    Tile,  ///< a big tile (profiles, course cards)
    Quiet, ///< small, for side actions (letters, settings)
};

/// A piece of a paragraph. Marked pieces (glossary terms) are drawn in the accent colour and
/// underlined, so the learner sees which words the list under the text explains.
struct TextRun
{
    std::string text;
    bool marked = false;
    std::string id; ///< a marked run with an id can be clicked (not a Tab stop)
};

struct ButtonStyle
{
    ButtonStyle() = default;
    ButtonStyle(Look l, float w = 0, float h = 0, bool focus = true, std::string sub = {},
                float bar = -1)
        : look(l)
        , width(w)
        , height(h)
        , takesFocus(focus)
        , subtitle(std::move(sub))
        , progress(bar)
    {
    }

    Look look = Look::Secondary;
    float width = 0;        ///< 0: fit the label; < 0: the whole column
    float height = 0;       ///< 0: one line of body text plus padding
    bool takesFocus = true; ///< on-screen letters keep the focus in the text field
    std::string subtitle;   ///< a second, smaller line (tiles)
    float progress = -1;    ///< 0–1 draws a bar at the bottom of a tile
    /// A band of this colour down the left edge (a learner's own colour on their tile).
    std::optional<sf::Color> stripe;
};

/// An immediate-mode interface: screens describe their widgets every frame, the Gui lays them
/// out in a centred reading column, draws them, and answers "was this clicked?" on the next
/// build. Widgets have stable ids, so the script layer and keyboard focus work by id.
class Gui
{
public:
    /// Every text the widgets measure, wrap and draw goes through `engine` (shaped, bidi).
    explicit Gui(text::TextEngine& engine);

    void setTheme(const Theme& theme) { m_theme = theme; }
    [[nodiscard]] const Theme& theme() const { return m_theme; }
    /// The colour of `ink` in the current theme.
    [[nodiscard]] sf::Color colour(Ink ink) const;
    void setLocale(std::string locale) { m_locale = std::move(locale); }
    /// A right-to-left interface language: header and footer buttons swap sides, the footer's
    /// text goes right, progress bars fill from the right. Text aligns by its own direction
    /// either way, so Swedish course text, numbers and audio controls are never mirrored.
    void setMirrored(bool mirrored) { m_mirrored = mirrored; }
    [[nodiscard]] bool mirrored() const { return m_mirrored; }

    // Frame
    void begin(sf::Vector2u windowSize, bool withFooter);
    void end();
    void draw(sf::RenderTarget& target);
    void resetScroll() { m_scroll = 0; }
    /// Scrolls what is laid out from here on into view, once per `key` (feedback that appears
    /// below the fold after Check); the learner can scroll away again.
    void revealOnce(const std::string& key);

    // Header (fixed at the top)
    /// `endSide`: at the end of the reading direction (right, or left when mirrored).
    bool headerButton(const std::string& id, const std::string& label, bool endSide);
    void headerTitle(const std::string& text);

    // Body (scrolls)
    void text(const std::string& utf8, const TextStyle& style = {});
    void heading(const std::string& utf8) { text(utf8, styles::heading); }
    /// A paragraph wrapped as one text, with its marked runs highlighted; the id of the run
    /// clicked in this frame, or "".
    std::string richText(const std::vector<TextRun>& runs, const TextStyle& style = {});
    bool button(const std::string& id, const std::string& label, const ButtonStyle& style = {});
    /// `secret` shows dots instead of the text (PINs on a shared screen).
    bool textField(const std::string& id, std::string& value, float width = -1,
                   bool secret = false);
    /// A message box the width of the column, `lines` lines tall, wrapping at word boundaries
    /// and scrolling to keep the caret in view. Enter makes a new line; Ctrl+Enter reaches the
    /// screen as Enter. At most `maxLetters` graphemes, with a counter shown near the cap;
    /// `placeholder` is shown, muted, while it is empty.
    bool textArea(const std::string& id, std::string& value, int lines, std::size_t maxLetters,
                  const std::string& placeholder = {});
    /// `mirrorable`: fills from the right in a mirrored interface (false for audio playing).
    void progressBar(float fraction, float height, std::optional<sf::Color> colour = {},
                     bool mirrorable = true);
    void image(const sf::Texture& texture, float maxHeight);
    /// A picture to pick, `width` × `height` (rows place several side by side); shows `number`
    /// in its corner, or `number` and `alt` in place of the picture when `texture` is null.
    bool pictureButton(const std::string& id, const sf::Texture* texture, const std::string& number,
                       const std::string& alt, float width, float height, Look look);
    /// Columns side by side (values 0–1), each with a short label under it and its count above.
    void columnChart(const std::vector<float>& values, const std::vector<std::string>& labels,
                     const std::vector<std::string>& counts, float height, sf::Color colour);
    void space(float pixels);
    /// Buttons between beginRow and endRow flow side by side and wrap: in the interface's
    /// reading order (from the right in Arabic and Dari), or always from the left for what must
    /// not be mirrored: Swedish and Norwegian words, letters, audio controls.
    enum class RowOrder
    {
        Reading,
        LeftToRight
    };
    void beginRow(RowOrder order = RowOrder::Reading);
    void endRow();
    /// A light card behind everything until endCard.
    void beginCard(std::optional<sf::Color> border = {});
    void endCard();

    // Footer (fixed at the bottom, buttons from the right; from the left when mirrored)
    bool footerButton(const std::string& id, const std::string& label, Look look);
    void footerText(const std::string& utf8, sf::Color colour);

    // Input
    void handleEvent(const sf::Event& event);
    /// A key the Gui did not use itself (Enter outside a button, Escape, digits, …), this frame.
    [[nodiscard]] bool keyPressed(sf::Keyboard::Key key) const;
    /// Whether `key` was pressed, and no later build this frame sees it (a screen part that
    /// acts on Enter before the footer would).
    bool takeKey(sf::Keyboard::Key key);
    /// 1…9 when a number key was pressed and no text field has the focus, else 0.
    [[nodiscard]] int numberPressed() const;
    /// Called after the build that acted on this event's input.
    void clearInput();
    /// Text to insert into the focused (or last focused) text field.
    void insertText(const std::string& utf8);
    void focus(const std::string& id);
    [[nodiscard]] const std::string& focusedId() const { return m_focus; }
    [[nodiscard]] bool textFieldFocused() const;

    // Script layer
    [[nodiscard]] bool hasWidget(const std::string& id) const;
    [[nodiscard]] std::vector<std::string> widgetIds() const;
    /// Clicks `id` as the mouse would, with the same rule for where the focus goes.
    void clickWidget(const std::string& id);
    /// Where the widget `id` was drawn in the last frame (window pixels), if it was.
    [[nodiscard]] std::optional<Rect> widgetRect(const std::string& id) const;
    [[nodiscard]] sf::Vector2u windowSize() const { return m_window; }
    /// Whether a line drawn in the last frame contains `utf8`.
    [[nodiscard]] bool showsText(const std::string& utf8) const;
    /// Whether the first line drawn in the last frame that contains `utf8` runs right to left
    /// (its paragraph's direction); nothing when no line contains it.
    [[nodiscard]] std::optional<bool> drawnRightToLeft(const std::string& utf8) const;
    /// The same, counting only lines drawn wholly inside the window (not scrolled away).
    [[nodiscard]] bool showsTextInside(const std::string& utf8) const;

    /// Pixel width of text at body scale (for screens sizing rows).
    [[nodiscard]] float measure(const std::string& utf8, float scale, bool bold) const;
    [[nodiscard]] float columnWidth() const { return m_colW; }
    /// The pieces of text drawn this frame in `colour`, in order (tests check highlighting).
    [[nodiscard]] std::vector<std::string> textsIn(sf::Color colour) const;

private:
    enum class Region
    {
        Header,
        Body,
        Footer,
    };
    struct Widget
    {
        std::string id;
        Rect rect;
        bool textField = false;
        bool focusable = true;
        Region region = Region::Body;
        bool multiline = false; ///< a text area: Enter, Up and Down edit it
    };
    /// A line of text laid out by the engine, drawn with its top left at `topLeft`.
    struct TextDraw
    {
        std::string utf8; ///< what it says (the script probes read it)
        std::shared_ptr<const text::TextLayout> layout;
        sf::Vector2f topLeft;
        float baseline = 0; ///< below `topLeft.y`
        sf::Color colour;
        /// Only this line of `layout` (a wrapped paragraph's line keeps the paragraph's bidi).
        std::optional<std::size_t> line;
        std::vector<text::TintedRange> tints; ///< byte ranges of the text in other colours
        [[nodiscard]] sf::FloatRect bounds() const;
    };
    struct Draw
    {
        Region region;
        std::optional<sf::RectangleShape> shape;
        std::optional<TextDraw> text;
        std::optional<sf::Sprite> sprite;
    };
    /// A paragraph broken into lines for a width, with the paragraph's direction (each line is
    /// drawn with it, so a line that starts with a Swedish word stays in an Arabic paragraph).
    struct Wrapped
    {
        std::vector<std::string> lines;
        core::text::Direction direction = core::text::Direction::LeftToRight;
        std::shared_ptr<const text::TextLayout> layout; ///< lines[i] is layout->lines[i]
        [[nodiscard]] bool rightToLeft() const
        {
            return direction == core::text::Direction::RightToLeft;
        }
    };

    const Wrapped& wrapped(const std::string& utf8, unsigned size, bool bold, float width);
    [[nodiscard]] std::shared_ptr<const text::TextLayout>
    laidOut(const std::string& utf8, unsigned size, bool bold,
            core::text::Direction direction = core::text::Direction::Auto) const;
    void addRect(Region r, Rect rect, sf::Color fill, sf::Color outline = sf::Color::Transparent,
                 float outlineWidth = 0);
    void addText(Region r, const std::string& utf8, float x, float y, unsigned size, bool bold,
                 sf::Color colour, core::text::Direction direction = core::text::Direction::Auto);
    /// Line `index` of a wrapped paragraph, drawn from the paragraph's own layout.
    void addLine(Region r, const Wrapped& paragraph, std::size_t index, float x, float y,
                 unsigned size, sf::Color colour, std::vector<text::TintedRange> tints = {});
    Rect placeInBody(float w, float h);
    /// The filled part of a progress bar's track: from the start of the reading direction.
    [[nodiscard]] Rect filledPart(Rect track, float fraction, bool mirrorable = true) const;
    void drawButton(Region region, const Widget& w, const std::string& label,
                    const ButtonStyle& style);
    [[nodiscard]] const Widget* widgetAt(float x, float y) const;
    void moveFocus(int delta);
    /// The caret of a field holding `value` moved one letter left or right on screen.
    [[nodiscard]] std::size_t caretMovedOnScreen(const std::string& value, std::size_t caret,
                                                 bool right) const;
    void handleKey(const sf::Event::KeyEvent& key);
    /// A key a focused text area takes (Enter, Up, Down, Ctrl+Enter, paste); false if not one.
    bool areaKey(const sf::Event::KeyEvent& key);
    [[nodiscard]] const Widget* focusedWidget() const;
    /// A click on `w`: it acts, and takes the focus as clickTakesFocus says.
    void press(const Widget& w);
    [[nodiscard]] unsigned px(float scale) const { return m_theme.size(scale); }
    [[nodiscard]] float lineHeight(float scale) const { return float(px(scale)) * 1.45f; }

    text::TextEngine& m_engine;
    Theme m_theme;
    std::string m_locale = "en";
    bool m_mirrored = false;

    sf::Vector2u m_window;
    bool m_footer = false;
    float m_headerH = 0, m_footerH = 0;
    float m_colX = 0, m_colW = 0;
    float m_y = 0; ///< body cursor, window coordinates (scroll applied)
    float m_scroll = 0;
    float m_contentH = 0;
    float m_headerLeft = 0, m_headerRight = 0;
    float m_footerRight = 0; ///< where the next footer button ends (starts, when mirrored)
    float m_footerTextX = 0; ///< where the footer's text starts (ends, when mirrored)
    std::optional<FlowCursor> m_row;
    std::vector<std::pair<std::size_t, float>> m_cards; ///< draw index and top of open cards

    std::vector<Widget> m_widgets;     ///< this frame's
    std::vector<Widget> m_lastWidgets; ///< what input is tested against
    std::vector<Draw> m_draws;
    std::vector<std::string> m_richLines; ///< whole lines of rich text, for showsText
    int m_pictures = 0;                   ///< pictures drawn this build: widgets picture-1, …

    std::string m_clicked;
    std::string m_focus;
    bool m_focusPending =
        false; ///< set by focus(): survives a build where the widget is not there yet
    std::string m_title;
    std::string m_lastTextField;
    bool m_showFocus = false;
    bool m_scrollToFocus = false;
    std::string m_revealedKey;
    std::optional<float> m_revealTop; ///< content coordinate to show from, at the next end()
    std::vector<TextEdit> m_edits;    ///< to the focused text field, in order, since the last build
    std::string m_caretField; ///< the field m_caret is in; other fields' carets are at the end
    std::size_t m_caret = 0;  ///< in graphemes
    /// A click on a text field (its id and the window x) the field's next build places the
    /// caret by.
    std::optional<std::pair<std::string, float>> m_fieldClick;
    std::size_t m_areaTop = 0;             ///< first line shown of the text area m_caretField names
    std::size_t m_areaHidden = 0;          ///< how many of its lines do not fit (the wheel scrolls)
    std::optional<float> m_areaGoalX;      ///< the column Up and Down aim for in that text area
    std::optional<sf::Vector2f> m_pressAt; ///< a mouse click this frame (places a caret)
    AreaLayoutCache m_areaLayouts;
    std::vector<sf::Keyboard::Key> m_keys;
    sf::Vector2f m_mouse{-1, -1};

    std::map<std::string, Wrapped> m_wrapCache;
};

} // namespace kompis::ui
