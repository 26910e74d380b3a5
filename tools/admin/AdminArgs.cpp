#include "AdminArgs.hpp"

#include "core/store/ProgressStore.hpp"

namespace kompis::admin
{

std::filesystem::path storePathFrom(AdminArgs& args)
{
    return core::store::resolveStorePath(args.value("--store").value_or(""));
}

} // namespace kompis::admin
