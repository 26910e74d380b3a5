#include "app/SessionContext.hpp"

#include "app/Shell.hpp"

namespace kompis::app
{

core::session::SessionContext sessionContext(Shell& shell, const core::Course* course)
{
    core::session::SessionContext context;
    context.progress = &shell.progress();
    context.clock = &shell.clock();
    if (const auto& learner = shell.learner())
    {
        context.learnerId = learner->id;
        // The learner's UUID orders the choices, so a learner sees the same order on every PC.
        context.learnerUuid = learner->uuid;
    }
    if (course)
        context.policy = core::session::SessionPolicy::forCourse(*course);
    return context;
}

} // namespace kompis::app
