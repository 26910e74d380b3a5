#include "core/export/RecordingsExport.hpp"

#include "core/export/Csv.hpp"
#include "core/text/Unicode.hpp"

#include <algorithm>
#include <fstream>
#include <system_error>

namespace kompis::core::exports
{
namespace fs = std::filesystem;

namespace
{

constexpr std::size_t kNameLetters = 40;

bool unsafeInFileName(const std::string& letter)
{
    if (letter.size() != 1)
        return false;
    const auto c = static_cast<unsigned char>(letter[0]);
    return c < 0x20 || c == 0x7F ||
           std::string_view("/\\:*?\"<>|").find(char(c)) != std::string_view::npos;
}

void makePrivate(const fs::path& path, fs::perms perms, std::error_code& ec)
{
    fs::permissions(path, perms, fs::perm_options::replace, ec);
}

} // namespace

std::string learnerFolderName(std::int64_t id, const std::string& displayName)
{
    std::string name = std::to_string(id) + " ";
    std::size_t letters = 0;
    for (const auto& letter : text::graphemes(displayName))
    {
        if (letters++ == kNameLetters)
            break;
        name += unsafeInFileName(letter) ? std::string("_") : letter;
    }
    while (!name.empty() && (name.back() == ' ' || name.back() == '.'))
        name.pop_back();
    return name;
}

RecordingsOutcome exportRecordings(store::ProgressStore& store,
                                   std::optional<std::int64_t> learnerId, const fs::path& targetDir)
{
    RecordingsOutcome outcome;
    std::error_code ec;
    fs::create_directories(targetDir, ec);
    if (ec)
        return {0, targetDir.string() + ": cannot create the folder (" + ec.message() + ")"};
    makePrivate(targetDir, fs::perms::owner_all, ec);

    std::ofstream index(targetDir / "recordings.csv", std::ios::binary | std::ios::trunc);
    makePrivate(targetDir / "recordings.csv", fs::perms::owner_read | fs::perms::owner_write, ec);
    if (!index)
        return {0, (targetDir / "recordings.csv").string() + ": cannot write the list"};
    CsvWriter csv(index);
    csv.row({"learner_id", "learner", "learner_uuid", "item", "file"});

    for (const auto& learner : store.learners())
    {
        if (learnerId && learner.id != *learnerId)
            continue;
        const fs::path from = store.recordingsDir(learner.id);
        if (from.empty() || !fs::is_directory(from, ec))
            continue;
        std::vector<fs::path> takes;
        for (const auto& entry : fs::directory_iterator(from, ec))
            if (entry.is_regular_file() && entry.path().extension() == ".ogg")
                takes.push_back(entry.path());
        if (takes.empty())
            continue;
        std::sort(takes.begin(), takes.end());
        const std::string folder = learnerFolderName(learner.id, learner.displayName);
        const fs::path to = targetDir / folder;
        fs::create_directories(to, ec);
        makePrivate(to, fs::perms::owner_all, ec);
        for (const auto& take : takes)
        {
            const fs::path copy = to / take.filename();
            if (!fs::copy_file(take, copy, fs::copy_options::overwrite_existing, ec))
            {
                outcome.error = copy.string() + ": cannot copy (" + ec.message() + ")";
                return outcome;
            }
            makePrivate(copy, fs::perms::owner_read | fs::perms::owner_write, ec);
            const std::string item = take.stem().string();
            const std::string file = folder + "/" + take.filename().string();
            csv.row({std::to_string(learner.id), csvTypedText(learner.displayName), learner.uuid,
                     item, csvTypedText(file)});
            ++outcome.files;
        }
    }
    index.flush();
    if (!index)
        outcome.error =
            (targetDir / "recordings.csv").string() + ": writing failed; is the disk full?";
    return outcome;
}

} // namespace kompis::core::exports
