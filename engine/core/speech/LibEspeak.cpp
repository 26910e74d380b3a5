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
        library.bind(f.initializePath, "espeak_ng_InitializePath");
        library.bind(f.info, "espeak_Info");
        library.bind(f.initialize, "espeak_Initialize");
        library.bind(f.setSynthCallback, "espeak_SetSynthCallback");
        library.bind(f.setParameter, "espeak_SetParameter");
        library.bind(f.setVoiceByName, "espeak_SetVoiceByName");
        library.bind(f.synth, "espeak_Synth");
        library.bind(f.terminate, "espeak_Terminate");
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
