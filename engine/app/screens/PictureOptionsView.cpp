// Options that are pictures: a grid of picture buttons, picked by mouse or by the number keys.
// A picture that cannot be shown becomes its alt text, so the item stays answerable.
#include "app/Shell.hpp"
#include "app/screens/LessonScreen.hpp"

#include <algorithm>

namespace kompis::app
{

bool LessonScreen::hasPictureOptions(const std::vector<core::ChoiceOption>& options)
{
    return std::any_of(options.begin(), options.end(),
                       [](const auto& option) { return option.image.has_value(); });
}

void LessonScreen::pickOption(int index, bool many)
{
    auto& choices = m_run.draft().choices;
    const bool picked = std::find(choices.begin(), choices.end(), index) != choices.end();
    if (!many)
        choices = {index};
    else if (picked)
        std::erase(choices, index);
    else
        choices.push_back(index);
}

void LessonScreen::pictureOptions(const std::vector<core::ChoiceOption>& options, bool many,
                                  int number)
{
    ui::Gui& gui = m_shell.gui();
    AnswerDraft& d = m_run.draft();
    if (many)
        gui.text(m_shell.tr("lesson.choose-all"), ui::styles::hint);
    // Two to four pictures share a row; more wrap into rows of three.
    const std::size_t perRow = options.size() <= 4 ? std::max<std::size_t>(options.size(), 2) : 3;
    const float gap = 12;
    const float side = std::min((gui.columnWidth() - gap * float(perRow - 1)) / float(perRow),
                                std::max(140.0f, m_shell.windowHeight() * 0.3f));
    gui.beginRow();
    // The learner's own order, as for worded options: the number is the place on screen, the id
    // and the answer the author's option.
    for (std::size_t place = 0; place < options.size(); ++place)
    {
        const int idx = place < d.optionOrder.size() ? d.optionOrder[place] : int(place);
        const auto i = std::size_t(idx);
        const auto& option = options[i];
        const bool picked = std::find(d.choices.begin(), d.choices.end(), idx) != d.choices.end();
        const sf::Texture* texture =
            option.image ? m_shell.imageTexture(m_run.current().course, option.image->src)
                         : nullptr;
        const std::string alt = option.image ? target(option.image->alt) : target(option.text);
        const bool hit =
            gui.pictureButton("option-" + std::to_string(i + 1), texture, std::to_string(place + 1),
                              alt, side, side, optionLook(picked, option.correct));
        if (answering() && (hit || number == int(place) + 1))
            pickOption(idx, many);
    }
    gui.endRow();
    // After checking, the words say what each picture was: the learner hears and reads it.
    if (!answering())
        for (std::size_t place = 0; place < options.size(); ++place)
        {
            const auto i = place < d.optionOrder.size() ? std::size_t(d.optionOrder[place]) : place;
            if (options[i].correct && options[i].image)
                gui.text(std::to_string(place + 1) + "   " + target(options[i].image->alt),
                         ui::styles::given);
        }
}

} // namespace kompis::app
