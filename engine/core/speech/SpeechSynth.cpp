#include "core/speech/SpeechSynth.hpp"

#include "core/speech/LibEspeak.hpp"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <iostream>
#include <list>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace kompis::core::speech
{
namespace
{

/// espeak keeps one state per process: one owner at a time.
std::atomic<bool> g_owned{false};
/// espeak-ng 1.51 started again after espeak_Terminate hangs in its next espeak_Terminate (its
/// queue thread misses the stop): it is started once per process.
std::atomic<bool> g_startedBefore{false};

/// Where the synth callback writes: only the worker thread calls espeak, one text at a time.
struct Sink
{
    std::vector<std::int16_t>* samples = nullptr;
    const std::atomic<bool>* cancel = nullptr;
};
Sink g_sink;

int onSamples(short* wav, int count, espeak_EVENT* /*events*/)
{
    if (wav && count > 0 && g_sink.samples)
        g_sink.samples->insert(g_sink.samples->end(), wav, wav + count);
    return g_sink.cancel && g_sink.cancel->load() ? 1 : 0;
}

/// A little slower than espeak's 175 words a minute: the listeners are learning to read.
constexpr int kWordsPerMinute = 150;

std::string keyOf(const std::string& voice, const std::string& text)
{
    return voice + '\x1f' + text;
}

} // namespace

struct SpeechSynth::Impl
{
    struct Job
    {
        std::string text;
        std::string voice;
        std::promise<Speech> promise;
    };

    std::filesystem::path dataParent;
    std::size_t kept = 8;
    bool owner = false;
    const LibEspeak* espeak = nullptr; ///< set when the library loaded; else `problem` says why

    mutable std::mutex mutex;
    std::condition_variable wake;
    std::deque<Job> jobs;
    std::list<std::pair<std::string, std::shared_future<Speech>>> recent; ///< newest first
    std::string problem;
    std::thread worker;
    std::future<void> finished; ///< ready when the worker has terminated espeak
    std::atomic<bool> stopping{false};
    std::atomic<bool> started{false};

    // Worker thread only
    int sampleRate = 0;

    void fail(std::string why)
    {
        std::lock_guard lock(mutex);
        if (problem.empty())
            problem = std::move(why);
    }

    bool start()
    {
        const std::string parent = dataParent.string();
        const int rate = espeak->initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0,
                                            parent.empty() ? nullptr : parent.c_str(),
                                            espeakINITIALIZE_DONT_EXIT);
        if (rate <= 0)
        {
            fail("espeak-ng did not start (is espeak-ng-data installed?)");
            return false;
        }
        sampleRate = rate;
        g_startedBefore = true;
        espeak->setSynthCallback(onSamples);
        espeak->setParameter(espeakRATE, kWordsPerMinute, 0);
        started = true;
        return true;
    }

    Speech speak(const std::string& text, const std::string& voice)
    {
        if (!started && !start())
        {
            std::lock_guard lock(mutex);
            return {nullptr, problem};
        }
        if (espeak->setVoiceByName(voice.c_str()) != EE_OK)
            return {nullptr, "no voice '" + voice + "'"};
        PcmAudio audio;
        audio.channels = 1;
        audio.sampleRate = unsigned(sampleRate);
        g_sink = {&audio.samples, &stopping};
        const espeak_ERROR error = espeak->synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0,
                                                 espeakCHARS_UTF8, nullptr, nullptr);
        g_sink = {};
        if (error != EE_OK || audio.samples.empty())
            return {nullptr, "espeak-ng gave no speech for this text"};
        return {std::make_shared<const PcmAudio>(std::move(audio)), {}};
    }

    void run()
    {
        for (;;)
        {
            Job job;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [&] { return stopping || !jobs.empty(); });
                if (stopping)
                    break;
                job = std::move(jobs.front());
                jobs.pop_front();
            }
            job.promise.set_value(speak(job.text, job.voice));
        }
        if (started)
            espeak->terminate();
        // Nothing of this object is touched after this line: the destructor may have stopped
        // waiting (see there).
    }
};

SpeechSynth::SpeechSynth(std::filesystem::path dataParent, std::size_t keptTexts)
    : m(std::make_unique<Impl>())
{
    m->dataParent = std::move(dataParent);
    m->kept = keptTexts;
    std::error_code ec;
    // Only looks at the disk now: starting espeak costs tens of milliseconds, paid on the first
    // text instead.
    if (!m->dataParent.empty() &&
        !std::filesystem::is_regular_file(m->dataParent / "espeak-ng-data" / "phontab", ec))
    {
        m->problem = "espeak-ng-data not found in " + m->dataParent.string();
        return;
    }
    std::string why;
    m->espeak = libEspeak(&why);
    if (!m->espeak)
    {
        m->problem = why;
        return;
    }
    m->owner = !g_owned.exchange(true);
    if (!m->owner)
    {
        m->problem = "another part of this program already speaks with espeak-ng";
        return;
    }
    if (g_startedBefore)
    {
        m->problem = "espeak-ng cannot be started twice in one program";
        return;
    }
    if (m->dataParent.empty())
    {
        // Where espeak would read its data (ESPEAK_DATA_PATH, else its built-in folder).
        m->espeak->initializePath(nullptr);
        const char* data = nullptr;
        m->espeak->info(&data);
        if (!data || !std::filesystem::is_regular_file(std::filesystem::path(data) / "phontab", ec))
            m->problem = "espeak-ng-data not found" +
                         (data ? std::string(" at ") + data : std::string()) +
                         " (install espeak-ng-data)";
    }
}

SpeechSynth::~SpeechSynth()
{
    {
        std::lock_guard lock(m->mutex);
        m->stopping = true;
        for (auto& job : m->jobs)
            job.promise.set_value({nullptr, "stopped"});
        m->jobs.clear();
    }
    m->wake.notify_all();
    // The worker terminates espeak: it is the thread that used it. espeak-ng 1.51 can hang in
    // espeak_Terminate (its internal queue thread misses the stop, seen when one process
    // starts espeak a third time); closing the window must not hang with it, so after a
    // second the worker is left to the end of the process.
    if (m->worker.joinable())
    {
        if (m->finished.wait_for(std::chrono::seconds(1)) == std::future_status::ready)
            m->worker.join();
        else
        {
            m->worker.detach();
            std::cerr << "kompis: espeak-ng did not stop; it is left to the end of the program\n";
        }
    }
    if (m->owner)
        g_owned = false;
}

bool SpeechSynth::usable() const
{
    std::lock_guard lock(m->mutex);
    return m->problem.empty();
}

std::string SpeechSynth::problem() const
{
    std::lock_guard lock(m->mutex);
    return m->problem;
}

bool SpeechSynth::started() const
{
    return m->started;
}

std::shared_future<Speech> SpeechSynth::synthesize(const std::string& text,
                                                   const std::string& voice)
{
    std::lock_guard lock(m->mutex);
    if (!m->problem.empty())
    {
        std::promise<Speech> refused;
        refused.set_value({nullptr, m->problem});
        return refused.get_future().share();
    }
    const std::string key = keyOf(voice, text);
    for (auto it = m->recent.begin(); it != m->recent.end(); ++it)
        if (it->first == key)
        {
            m->recent.splice(m->recent.begin(), m->recent, it);
            return it->second;
        }
    Impl::Job job{text, voice, {}};
    std::shared_future<Speech> result = job.promise.get_future().share();
    m->jobs.push_back(std::move(job));
    m->recent.emplace_front(key, result);
    while (m->recent.size() > m->kept)
        m->recent.pop_back();
    if (!m->worker.joinable())
    {
        auto done = std::make_shared<std::promise<void>>();
        m->finished = done->get_future();
        m->worker = std::thread(
            [impl = m.get(), done]
            {
                impl->run();
                done->set_value();
            });
    }
    m->wake.notify_one();
    return result;
}

} // namespace kompis::core::speech
