#include "app/SecondLanguageRow.hpp"

#include "app/Settings.hpp"
#include "app/Shell.hpp"

namespace kompis::app
{

bool secondLanguageRow(Shell& shell, const std::string& prefix, std::string& chosen)
{
    ui::Gui& gui = shell.gui();
    gui.text(shell.tr("second.language"), ui::styles::label);
    bool picked = false;
    const auto option =
        [&](const std::string& id, const std::string& label, const std::string& lang)
    {
        if (gui.button(prefix + id, label,
                       {chosen == lang ? ui::Look::Selected : ui::Look::Option}))
        {
            chosen = lang;
            picked = true;
        }
    };
    gui.beginRow();
    option("none", shell.tr("second.none"), "");
    const std::string own = shell.messages().language();
    for (const std::string& lang : offeredLanguages(shell.messages().languages()))
        if (lang != own)
            option(lang, shell.languageName(lang), lang);
    gui.endRow();
    return picked;
}

} // namespace kompis::app
