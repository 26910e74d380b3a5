#include "app/SessionContext.hpp"

#include "app/Shell.hpp"

namespace kompis::app
{

core::session::SessionContext sessionContext(Shell& shell, const core::Course* course)
{
    core::session::SessionContext context;
    context.progress = &shell.progress();
    context.clock = &shell.clock();
    context.learnerId = shell.learner() ? shell.learner()->id : 0;
    if (course)
        context.policy = core::session::SessionPolicy::forCourse(*course);
    return context;
}

} // namespace kompis::app
