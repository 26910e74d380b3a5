#pragma once

#include "core/model/Course.hpp"
#include "core/session/LessonSession.hpp"

namespace kompis::app
{

class Shell;

/// What a session needs from the player: the store, the real clock, the learner signed in and
/// the rules of `course` (null: the defaults). Call only with a learner signed in.
[[nodiscard]] core::session::SessionContext sessionContext(Shell& shell,
                                                           const core::Course* course);

} // namespace kompis::app
