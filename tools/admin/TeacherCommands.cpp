// The teacher's learner management from a terminal: the same operations the store allows only
// with the teacher PIN (set it, rename, reset a learner's PIN, delete after an export).
#include "AdminArgs.hpp"
#include "PinInput.hpp"

#include <cstdlib>
#include <ctime>
#include <iostream>

namespace kompis::admin
{

namespace
{

constexpr const char* kStoreOption = R"(  --store PATH             the progress store
)";

std::int64_t nowSeconds()
{
    return std::int64_t(std::time(nullptr));
}

std::string pinProblem(const core::store::PinCheck& check)
{
    switch (check.status)
    {
    case core::store::PinStatus::Locked:
        return "too many wrong PINs: locked for a minute";
    case core::store::PinStatus::Wrong:
        return "wrong teacher PIN (" + std::to_string(check.triesLeft) + " tries left)";
    case core::store::PinStatus::NoPinSet:
        return "no teacher PIN is set yet: run `kompis-admin teacher-pin` first";
    default:
        return "the teacher PIN must be 4-12 digits";
    }
}

/// Runs `body` with a teacher token when the PIN is right; the exit status.
template <typename Body>
int asTeacher(AdminArgs& args, const char* command, std::size_t positionals, const char* help,
              Body body)
{
    if (args.wantsHelp())
    {
        std::cout << help << kTeacherPinOptions << kStoreOption;
        return 0;
    }
    const auto words = args.positional();
    if (words.size() < positionals)
    {
        std::cerr << "kompis-admin " << command << ": missing arguments\n" << help;
        return 2;
    }
    auto store = openExisting(args, command, StoreUse::Write);
    if (!store)
        return 1;
    std::optional<core::store::TeacherToken> token;
    if (!unlockIfProtected(*store, args, command, token))
        return 1;
    if (!token)
    {
        std::cerr << "kompis-admin " << command << ": "
                  << pinProblem({core::store::PinStatus::NoPinSet, 0, 0}) << "\n";
        return 1;
    }
    return body(*store, *token, words);
}

std::optional<std::int64_t> learnerId(const std::string& word)
{
    char* end = nullptr;
    const long long id = std::strtoll(word.c_str(), &end, 10);
    if (end == word.c_str() || *end != '\0' || id <= 0)
        return std::nullopt;
    return id;
}

int report(const core::store::SaveResult& result, const char* command, const std::string& done)
{
    if (!result.saved)
    {
        std::cerr << "kompis-admin " << command << ": " << result.error << "\n";
        return 1;
    }
    std::cout << done << "\n";
    return 0;
}

// The learner's UUID (its name on the classroom server), "" for an unknown id.
std::string learnerUuid(core::store::ProgressStore& store, std::int64_t id)
{
    for (const auto& l : store.learners())
        if (l.id == id)
            return l.uuid;
    return {};
}

} // namespace

bool unlockIfProtected(core::store::ProgressStore& store, AdminArgs& args, const char* command,
                       std::optional<core::store::TeacherToken>& token)
{
    if (!store.hasTeacherPin())
    {
        if (!args.flag("--teacher-pin"))
            return true;
    }
    else if (store.teacherPinMissing())
    {
        std::cerr << "kompis-admin " << command
                  << ": error: the teacher PIN was removed from this file outside Kompis; "
                     "teacher actions stay locked. Restore a backup (kompis-admin restore)\n";
        return false;
    }
    std::string problem;
    const auto pin = readTeacherPin(args, problem);
    if (!pin)
    {
        std::cerr << "kompis-admin " << command << ": " << problem << "\n";
        return false;
    }
    core::store::PinCheck check;
    token = store.unlockTeacher(*pin, nowSeconds(), &check);
    if (!token)
        std::cerr << "kompis-admin " << command << ": " << pinProblem(check) << "\n";
    return token.has_value();
}

int runTeacherPin(AdminArgs& args)
{
    static constexpr const char* kHelp = R"(Usage: kompis-admin teacher-pin [--store PATH]

Sets the teacher PIN (4-12 digits). When one is set already, the current one is needed too.
)";
    if (args.wantsHelp())
    {
        std::cout << kHelp << kNewPinOptions << kTeacherPinOptions;
        return 0;
    }
    const auto words = args.positional();
    if (!words.empty())
    {
        std::cerr << "kompis-admin teacher-pin: the new PIN is not given on the command line "
                     "(other accounts see it in the process list)\n\n"
                  << kHelp << kNewPinOptions;
        return 2;
    }
    auto store = openExisting(args, "teacher-pin", StoreUse::Write);
    if (!store)
        return 1;
    std::string current;
    if (store->hasTeacherPin())
    {
        std::string problem;
        const auto pin = store->teacherPinMissing() ? std::nullopt : readTeacherPin(args, problem);
        if (!pin)
        {
            std::cerr << "kompis-admin teacher-pin: "
                      << (problem.empty() ? "the teacher PIN was removed from this file outside "
                                            "Kompis: restore a backup (kompis-admin restore)"
                                          : problem)
                      << "\n";
            return 1;
        }
        current = *pin;
    }
    std::string problem;
    const auto fresh = readNewPin(args, problem);
    if (!fresh)
    {
        std::cerr << "kompis-admin teacher-pin: " << problem << "\n";
        return 2;
    }
    const auto check = store->setTeacherPin(*fresh, current, nowSeconds());
    if (!check.ok() || !store->saving())
    {
        std::cerr << "kompis-admin teacher-pin: "
                  << (check.ok() ? store->statusMessage() : pinProblem(check)) << "\n";
        return 1;
    }
    std::cout << "teacher PIN set\n";
    return 0;
}

int runRename(AdminArgs& args)
{
    return asTeacher(args, "rename", 2, "Usage: kompis-admin rename LEARNER-ID NEW-NAME\n",
                     [](auto& store, const auto& token, const auto& words)
                     {
                         const auto id = learnerId(words[0]);
                         if (!id)
                             return std::cerr << "kompis-admin rename: `" << words[0]
                                              << "` is not a learner id\n",
                                    2;
                         const std::string uuid = learnerUuid(store, *id);
                         if (const int status =
                                 report(store.renameLearner(token, *id, words[1]), "rename",
                                        "learner " + words[0] + " is now " + words[1]))
                             return status;
                         return changeLearnerInClassroom(uuid, words[1], "rename");
                     });
}

int runResetPin(AdminArgs& args)
{
    const bool remove = args.flag("--remove");
    return asTeacher(
        args, "reset-pin", 1,
        "Usage: kompis-admin reset-pin LEARNER-ID [--remove] [--new-pin-file FILE]\n"
        "Gives the learner a new PIN (asked for, or from --new-pin-file / $KOMPIS_NEW_PIN), or\n"
        "with --remove takes the learner's PIN away.\n",
        [&](auto& store, const auto& token, const auto& words)
        {
            const auto id = learnerId(words[0]);
            if (!id || words.size() > 1)
                return std::cerr << "kompis-admin reset-pin: give one learner id (a new PIN is "
                                    "never given on the command line)\n",
                       2;
            std::optional<std::string> pin;
            if (!remove)
            {
                std::string problem;
                if (!(pin = readNewPin(args, problem)))
                    return std::cerr << "kompis-admin reset-pin: " << problem << "\n", 2;
            }
            return report(store.resetLearnerPin(token, *id, pin), "reset-pin",
                          pin ? "PIN of learner " + words[0] + " reset"
                              : "PIN of learner " + words[0] + " removed");
        });
}

int runDelete(AdminArgs& args)
{
    const bool confirmed = args.flag("--yes");
    return asTeacher(
        args, "delete", 1,
        "Usage: kompis-admin delete LEARNER-ID --yes\n"
        "Deletes a learner and all their progress. Refused unless the learner was exported\n"
        "(kompis-admin export --learner ID) after their last answer.\n",
        [&](auto& store, const auto& token, const auto& words)
        {
            const auto id = learnerId(words[0]);
            if (!id)
                return std::cerr << "kompis-admin delete: `" << words[0]
                                 << "` is not a learner id\n",
                       2;
            if (!confirmed)
                return std::cerr
                           << "kompis-admin delete: add --yes to confirm; this cannot be undone\n",
                       2;
            const std::string uuid = learnerUuid(store, *id);
            if (const int status = report(store.deleteLearner(token, *id, true), "delete",
                                          "learner " + words[0] + " deleted"))
                return status;
            return changeLearnerInClassroom(uuid, std::nullopt, "delete");
        });
}

} // namespace kompis::admin
