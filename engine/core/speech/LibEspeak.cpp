#include "core/speech/LibEspeak.hpp"

#include "core/util/RuntimeLibrary.hpp"

namespace kompis::core::speech
{
namespace
{

struct Loaded
{
    util::RuntimeLibrary library{"libespeak-ng.so.1"};
    LibEspeak functions{};

    Loaded()
    {
        auto& f = functions;
        f.initializePath = library.function<decltype(f.initializePath)>("espeak_ng_InitializePath");
        f.info = library.function<decltype(f.info)>("espeak_Info");
        f.initialize = library.function<decltype(f.initialize)>("espeak_Initialize");
        f.setSynthCallback =
            library.function<decltype(f.setSynthCallback)>("espeak_SetSynthCallback");
        f.setParameter = library.function<decltype(f.setParameter)>("espeak_SetParameter");
        f.setVoiceByName = library.function<decltype(f.setVoiceByName)>("espeak_SetVoiceByName");
        f.synth = library.function<decltype(f.synth)>("espeak_Synth");
        f.terminate = library.function<decltype(f.terminate)>("espeak_Terminate");
    }
};

} // namespace

const LibEspeak* libEspeak(std::string* why)
{
    static const Loaded loaded;
    if (loaded.library.loaded())
        return &loaded.functions;
    if (why)
        *why = "espeak-ng could not be loaded (" + loaded.library.error() +
               "); install it with: apt-get install libespeak-ng1 espeak-ng-data";
    return nullptr;
}

} // namespace kompis::core::speech
