// Fuzz target: opening a randomly damaged progress store (issue 15). A healthy store with
// learners, answers, cards, a completion and a teacher PIN is built once; each input is a list
// of 4-byte patches (3 bytes of offset, 1 byte of value) written over a copy of it. Opening the
// copy and using it as the player and the exports do must never crash or abort: the store
// either finds the damage and starts fresh, or works; reads may only throw SqliteError.
#include "core/export/CsvExport.hpp"
#include "core/store/ProgressStore.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <unistd.h>

namespace
{
namespace fs = std::filesystem;
using namespace kompis::core::store;
using kompis::core::Outcome;
constexpr std::int64_t kNow = 1'800'000'000;

fs::path scratchDir()
{
    static const fs::path dir =
        fs::temp_directory_path() / ("kompis-fuzz-store-" + std::to_string(::getpid()));
    return dir;
}

StoreOptions optionsFor(const fs::path& file)
{
    StoreOptions o;
    o.path = file;
    o.autoBackup = false;
    o.pinOpsLimit = 1;
    o.pinMemLimit = 64 * 1024;
    return o;
}

std::string healthyImage()
{
    const fs::path file = scratchDir() / "healthy.sqlite";
    fs::create_directories(scratchDir());
    {
        ProgressStore store(optionsFor(file));
        (void)store.setTeacherPin("2468", "", kNow);
        for (int l = 0; l < 3; ++l)
        {
            const auto id =
                store.createLearner({"L" + std::to_string(l), "", "sv", "1234"}, kNow).id;
            for (int i = 0; i < 40; ++i)
            {
                AttemptRecord a{
                    id, "c",  "1",      "l1", "q" + std::to_string(i), "svar", Outcome::Right, 1,
                    1,  3000, kNow + i, false};
                (void)store.recordAttempt(a);
            }
            (void)store.completeLesson(id, "c", "1", "l1", 0.9, true, 60000, kNow + 50);
        }
        store.connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void useLikeThePlayer(ProgressStore& store)
{
    for (const auto& learner : store.learners())
    {
        (void)store.checkLearnerPin(learner.id, "1234", kNow);
        (void)store.statistics(learner.id, kNow);
        (void)store.dueQueue(learner.id, kNow);
        (void)store.courseProgress(learner.id, "c");
        (void)store.recordAttempt(
            {learner.id, "c", "1", "l1", "new", "x", Outcome::Wrong, 0, 1, 1000, kNow + 99, false});
    }
    std::ostringstream out;
    (void)kompis::core::exports::writeAttemptsCsv(store, std::nullopt, out);
    (void)store.hasTeacherPin();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::string healthy = healthyImage();
    std::string image = healthy;
    for (std::size_t i = 0; i + 4 <= size; i += 4)
    {
        const std::size_t offset =
            (std::size_t(data[i]) << 16 | std::size_t(data[i + 1]) << 8 | data[i + 2]) %
            image.size();
        image[offset] = static_cast<char>(data[i + 3]);
    }
    const fs::path dir = scratchDir() / "case";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "p.sqlite", std::ios::binary)
        .write(image.data(), std::streamsize(image.size()));
    try
    {
        ProgressStore store(optionsFor(dir / "p.sqlite"));
        useLikeThePlayer(store);
    }
    catch (const SqliteError&)
    {
        // Damage found only while reading: allowed by the store's contract, never an abort.
    }
    return 0;
}
