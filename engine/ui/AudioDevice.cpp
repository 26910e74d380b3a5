#include "ui/AudioDevice.hpp"

#include <dlfcn.h>

namespace kompis::ui
{
namespace
{

// SFML owns the OpenAL context and does not say which device it opened, and Debian's SFML
// needs no OpenAL headers. The three ALC calls below are a stable C ABI in the libopenal that
// sfml-audio already loaded, so they are looked up there instead of adding a build dependency.
using CurrentContext = void* (*)();
using ContextDevice = void* (*)(void*);
using DeviceString = const char* (*)(void*, int);
constexpr int kAllDevicesSpecifier = 0x1013; // ALC_ALL_DEVICES_SPECIFIER: the back end's name

template <typename Function> Function openAl(const char* name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_DEFAULT, name));
}

} // namespace

std::optional<std::string> openOutputDevice()
{
    const auto currentContext = openAl<CurrentContext>("alcGetCurrentContext");
    const auto contextDevice = openAl<ContextDevice>("alcGetContextsDevice");
    const auto deviceString = openAl<DeviceString>("alcGetString");
    if (!currentContext || !contextDevice || !deviceString)
        return std::nullopt;
    void* context = currentContext();
    void* device = context ? contextDevice(context) : nullptr;
    if (!device)
        return std::nullopt;
    const char* name = deviceString(device, kAllDevicesSpecifier);
    return std::string(name ? name : "");
}

bool audible(const std::string& deviceName)
{
    return deviceName != "No Output";
}

} // namespace kompis::ui
