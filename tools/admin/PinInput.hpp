#pragma once

// PINs never come from the command line, where every account sees them in the process list:
// a file, the environment, or a prompt without echo on a terminal.

#include "AdminArgs.hpp"

#include <optional>
#include <string>

namespace kompis::admin
{

/// The teacher PIN from --teacher-pin-file, $KOMPIS_TEACHER_PIN or a prompt; empty with
/// `problem` set when none is given or --teacher-pin was used.
[[nodiscard]] std::optional<std::string> readTeacherPin(AdminArgs& args, std::string& problem);

/// A new PIN from --new-pin-file, $KOMPIS_NEW_PIN or a prompt (asked twice); empty with
/// `problem` set when none is given or the two typed differ.
[[nodiscard]] std::optional<std::string> readNewPin(AdminArgs& args, std::string& problem);

/// Help lines for the options above.
constexpr const char* kTeacherPinOptions =
    R"(  --teacher-pin-file FILE  read the teacher PIN from FILE (first line); else
                           $KOMPIS_TEACHER_PIN, else it is asked for on the terminal. A PIN is
                           never given on the command line: other accounts see the process list.
)";
constexpr const char* kNewPinOptions =
    R"(  --new-pin-file FILE      read the new PIN (4-12 digits) from FILE; else $KOMPIS_NEW_PIN,
                           else it is asked for twice on the terminal.
)";

} // namespace kompis::admin
