#pragma once

#include "core/store/StoreTypes.hpp"
#include "ui/SpeechRecorder.hpp"

#include <string>
#include <vector>

namespace kompis::app
{

/// What the lesson screen remembers while a write or speak item is shown: the learner's earlier
/// versions (read once per item, not every frame), the microphone and the take.
struct OpenItemState
{
    std::string itemId;                               ///< the item the state belongs to
    std::vector<core::store::WrittenVersion> earlier; ///< write: versions saved before
    bool modelShown = false;                          ///< write: the model and checklist are out
    ui::SpeechRecorder recorder;
    std::string take;           ///< speak: the learner's recording as Ogg Vorbis bytes
    bool noMicrophone = false;  ///< speak: recording could not start
    bool silentTake = false;    ///< speak: the last take held no sound
    bool takeWasCut = false;    ///< speak: the last take reached the length limit
    bool ownAfterModel = false; ///< speak: "play both" waits for the model to end
};

} // namespace kompis::app
