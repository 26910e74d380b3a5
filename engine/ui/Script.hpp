#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kompis::ui
{

/// One line of an input script (`--script FILE`), used by the end-to-end tests.
struct ScriptCommand
{
    enum class Kind
    {
        Click,           ///< click <widget-id>
        Type,            ///< type <text>        (the rest of the line, UTF-8)
        Key,             ///< key <Enter|Tab|Escape|Backspace|Left|Right|Up|Down|1..9>
        Wait,            ///< wait <ms>
        Screenshot,      ///< screenshot <file.png>
        ExpectScreen,    ///< expect-screen <name>  (fails the run when another screen shows)
        ExpectText,      ///< expect-text <text>    (fails unless a line on screen contains it)
        ExpectMarked,    ///< expect-marked <text>  (fails unless exactly this is highlighted)
        ExpectNoText,    ///< expect-no-text <text> (fails when a line on screen contains it)
        ExpectFocus,     ///< expect-focus <widget-id> (fails unless it has the keyboard focus)
        ExpectInside,    ///< expect-inside <widget-id> (fails unless wholly inside the window)
        ExpectUnmoved,   ///< expect-unmoved <widget-id> (fails if it moved since the first time)
        ExpectSeen,      ///< expect-seen <text>   (as expect-text, and not scrolled out of view)
        ExpectLeftOf,    ///< expect-left-of <id> <other-id> (the first's centre is left of the
                         ///< other's)
        ExpectDirection, ///< expect-direction <rtl|ltr> <text> (a line with it runs that way)
        WaitText,        ///< wait-text <text>      (draws frames until a line contains it; fails
                         ///< after 10 s: for changes from outside, such as a preview's reload)
        ExpectPlaying,   ///< expect-playing <src> (fails unless this clip of the course is heard
                         ///< within 2 s; `-` for silence)
        MeasureFrames,   ///< measure-frames <n>  (benchmarks: draws n frames, prints the mean time)
        MeasurePlay,     ///< measure-play <widget-id> (benchmarks: click to sound playing, printed)
        Kill,            ///< kill                 (SIGKILL itself: a crash mid-lesson)
        Quit,            ///< quit
    };
    Kind kind = Kind::Quit;
    std::string argument;
    int line = 0;
};

/// A parsed script, or the first line it could not read.
struct ScriptParse
{
    std::vector<ScriptCommand> commands;
    std::string error; ///< "line N: …" when not empty
};

/// Reads script text: one command per line; blank lines and `#` comments are skipped.
ScriptParse parseScript(const std::string& text);

} // namespace kompis::ui
