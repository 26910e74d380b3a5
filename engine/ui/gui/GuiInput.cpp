// Input and focus: events become clicks, typed edits and keys for the next build.
#include "core/text/Utf8.hpp"
#include "ui/Gui.hpp"
#include "ui/gui/FocusRules.hpp"
#include "ui/gui/TextArea.hpp"

#include <SFML/Window/Clipboard.hpp>
#include <algorithm>
#include <cmath>

namespace kompis::ui
{
namespace
{

TextEdit::Kind editKind(sf::Keyboard::Key key)
{
    switch (key)
    {
    case sf::Keyboard::BackSpace:
        return TextEdit::Kind::Backspace;
    case sf::Keyboard::Left:
        return TextEdit::Kind::Left;
    case sf::Keyboard::Right:
        return TextEdit::Kind::Right;
    case sf::Keyboard::Home:
        return TextEdit::Kind::Home;
    case sf::Keyboard::End:
        return TextEdit::Kind::End;
    default:
        break;
    }
    return TextEdit::Kind::Delete;
}

} // namespace

const Gui::Widget* Gui::widgetAt(float x, float y) const
{
    const float bodyTop = m_headerH;
    const float bodyBottom = float(m_window.y) - m_footerH;
    for (const Widget& w : m_lastWidgets)
    {
        if (w.region == Region::Body && (y < bodyTop || y >= bodyBottom))
            continue;
        if (w.rect.contains(x, y))
            return &w;
    }
    return nullptr;
}

void Gui::moveFocus(int delta)
{
    std::vector<const Widget*> order;
    for (const Widget& w : m_lastWidgets)
        if (w.focusable)
            order.push_back(&w);
    if (order.empty())
        return;
    // Keyboard order: header, body, footer, as people scan a screen.
    std::stable_sort(order.begin(), order.end(),
                     [](const Widget* a, const Widget* b)
                     { return int(a->region) < int(b->region); });
    int index = -1;
    for (std::size_t i = 0; i < order.size(); ++i)
        if (order[i]->id == m_focus)
            index = int(i);
    const int n = int(order.size());
    index = index < 0 ? (delta > 0 ? 0 : n - 1) : ((index + delta) % n + n) % n;
    m_focus = order[std::size_t(index)]->id;
    if (order[std::size_t(index)]->textField)
        m_lastTextField = m_focus;
    m_showFocus = true;
    m_scrollToFocus = true;
}

void Gui::press(const Widget& w)
{
    m_clicked = w.id;
    if (!clickTakesFocus(w.focusable, w.textField, textFieldFocused()))
        return;
    m_focus = w.id;
    if (w.textField)
    {
        m_lastTextField = w.id;
        // A field clicked at the window's edge comes wholly into view: typing is never blind.
        m_scrollToFocus = true;
    }
}

void Gui::clickWidget(const std::string& id)
{
    for (const Widget& w : m_lastWidgets)
        if (w.id == id)
        {
            press(w);
            return;
        }
    m_clicked = id;
}

void Gui::focus(const std::string& id)
{
    m_focus = id;
    m_focusPending = !id.empty();
    // A field given the focus by the program is scrolled into view, so typing is never blind.
    m_scrollToFocus = !id.empty();
    for (const Widget& w : m_lastWidgets)
        if (w.id == id && w.textField)
            m_lastTextField = id;
}

bool Gui::textFieldFocused() const
{
    for (const Widget& w : m_lastWidgets)
        if (w.id == m_focus)
            return w.textField;
    return false;
}

void Gui::handleEvent(const sf::Event& event)
{
    switch (event.type)
    {
    case sf::Event::MouseMoved:
        m_mouse = {float(event.mouseMove.x), float(event.mouseMove.y)};
        break;
    case sf::Event::MouseButtonPressed:
        if (event.mouseButton.button == sf::Mouse::Left)
        {
            m_mouse = {float(event.mouseButton.x), float(event.mouseButton.y)};
            m_pressAt = m_mouse;
            if (const Widget* w = widgetAt(m_mouse.x, m_mouse.y))
            {
                if (w->textField)
                    m_fieldClick.emplace(w->id, m_mouse.x);
                press(*w);
                m_showFocus = false;
            }
        }
        break;
    case sf::Event::MouseWheelScrolled:
    {
        // Over a text area with more lines than it shows, the wheel scrolls its lines.
        const Widget* w =
            widgetAt(float(event.mouseWheelScroll.x), float(event.mouseWheelScroll.y));
        if (w && w->multiline && w->id == m_caretField && m_areaHidden > 0)
        {
            const long top = long(m_areaTop) - long(std::lround(event.mouseWheelScroll.delta * 3));
            m_areaTop = std::size_t(std::clamp(top, 0L, long(m_areaHidden)));
        }
        else
            m_scroll -= event.mouseWheelScroll.delta * 60;
        break;
    }
    case sf::Event::TextEntered:
        if (textFieldFocused() && event.text.unicode >= 32 && event.text.unicode != 127)
            m_edits.push_back({TextEdit::Kind::Insert, core::text::encodeUtf8(event.text.unicode)});
        break;
    case sf::Event::KeyPressed:
        handleKey(event.key);
        break;
    default:
        break;
    }
}

const Gui::Widget* Gui::focusedWidget() const
{
    for (const Widget& w : m_lastWidgets)
        if (w.id == m_focus)
            return &w;
    return nullptr;
}

bool Gui::areaKey(const sf::Event::KeyEvent& key)
{
    const Widget* w = focusedWidget();
    if (!w || !w->textField)
        return false;
    if (key.control && key.code == sf::Keyboard::V)
    {
        const auto utf8 = sf::Clipboard::getString().toUtf8();
        std::string text = plainAreaText(std::string(utf8.begin(), utf8.end()));
        if (!w->multiline)
            std::replace(text.begin(), text.end(), '\n', ' ');
        m_edits.push_back({TextEdit::Kind::Insert, std::move(text)});
        return true;
    }
    if (!w->multiline)
        return false;
    switch (key.code)
    {
    case sf::Keyboard::Enter:
        // Enter makes a new line in a message; Ctrl+Enter is the Enter that sends it.
        if (key.control)
            m_keys.push_back(sf::Keyboard::Enter);
        else
            m_edits.push_back({TextEdit::Kind::Insert, "\n"});
        return true;
    case sf::Keyboard::Up:
        m_edits.push_back({TextEdit::Kind::Up, {}});
        return true;
    case sf::Keyboard::Down:
        m_edits.push_back({TextEdit::Kind::Down, {}});
        return true;
    default:
        return false;
    }
}

void Gui::handleKey(const sf::Event::KeyEvent& key)
{
    if (areaKey(key))
        return;
    if (key.code == sf::Keyboard::PageDown || key.code == sf::Keyboard::PageUp)
    {
        m_scroll += float(m_window.y) * (key.code == sf::Keyboard::PageDown ? 0.7f : -0.7f);
        return;
    }
    const bool inField = textFieldFocused();
    const FocusState state{inField, !m_focus.empty() && m_showFocus && !inField};
    switch (routeKey(key.code, key.shift, state))
    {
    case KeyRoute::Edit:
        m_edits.push_back({editKind(key.code), {}});
        break;
    case KeyRoute::FocusForward:
        moveFocus(1);
        break;
    case KeyRoute::FocusBack:
        moveFocus(-1);
        break;
    case KeyRoute::Press:
        m_clicked = m_focus;
        break;
    case KeyRoute::Screen:
        m_keys.push_back(key.code);
        break;
    case KeyRoute::Nothing:
        break;
    }
}

bool Gui::keyPressed(sf::Keyboard::Key key) const
{
    return std::find(m_keys.begin(), m_keys.end(), key) != m_keys.end();
}

bool Gui::takeKey(sf::Keyboard::Key key)
{
    const auto found = std::find(m_keys.begin(), m_keys.end(), key);
    if (found == m_keys.end())
        return false;
    m_keys.erase(found);
    return true;
}

int Gui::numberPressed() const
{
    if (textFieldFocused())
        return 0;
    for (sf::Keyboard::Key k : m_keys)
    {
        if (k >= sf::Keyboard::Num1 && k <= sf::Keyboard::Num9)
            return int(k - sf::Keyboard::Num1) + 1;
        if (k >= sf::Keyboard::Numpad1 && k <= sf::Keyboard::Numpad9)
            return int(k - sf::Keyboard::Numpad1) + 1;
    }
    return 0;
}

void Gui::clearInput()
{
    m_clicked.clear();
    m_keys.clear();
    m_pressAt.reset();
}

void Gui::insertText(const std::string& utf8)
{
    if (m_lastTextField.empty())
        return;
    m_focus = m_lastTextField;
    m_edits.push_back({TextEdit::Kind::Insert, utf8});
}

} // namespace kompis::ui
