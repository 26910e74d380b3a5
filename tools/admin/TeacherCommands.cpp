// The teacher's learner management from a terminal: the same operations the store allows only
// with the teacher PIN (set it, rename, reset a learner's PIN, delete after an export).
#include "AdminArgs.hpp"

#include <cstdlib>
#include <ctime>
#include <iostream>

namespace kompis::admin
{

namespace
{

constexpr const char* kPinOption = R"(  --teacher-pin P  the teacher PIN (or $KOMPIS_TEACHER_PIN)
  --store PATH     the progress store
)";

std::int64_t nowSeconds()
{
    return std::int64_t(std::time(nullptr));
}

std::optional<std::string> teacherPin(AdminArgs& args)
{
    if (auto pin = args.option("--teacher-pin"))
        return pin;
    if (const char* env = std::getenv("KOMPIS_TEACHER_PIN"))
        return std::string(env);
    return std::nullopt;
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
        return "no teacher PIN is set yet: run `kompis-admin teacher-pin NEW` first";
    default:
        return "the teacher PIN must be 4-8 digits";
    }
}

/// Runs `body` with a teacher token when the PIN is right; the exit status.
template <typename Body>
int asTeacher(AdminArgs& args, const char* command, std::size_t positionals, const char* help,
              Body body)
{
    if (args.wantsHelp())
    {
        std::cout << help << kPinOption;
        return 0;
    }
    const auto pin = teacherPin(args);
    const auto words = args.positional({"--teacher-pin", "--store"});
    if (!args.error().empty() || words.size() < positionals)
    {
        std::cerr << "kompis-admin " << command << ": "
                  << (args.error().empty() ? "missing arguments" : args.error()) << "\n"
                  << help;
        return 2;
    }
    auto store = openExisting(args, command);
    if (!store)
        return 1;
    if (!pin)
    {
        std::cerr << "kompis-admin " << command << ": give the teacher PIN with --teacher-pin\n";
        return 2;
    }
    core::store::PinCheck check;
    const auto token = store->unlockTeacher(*pin, nowSeconds(), &check);
    if (!token)
    {
        std::cerr << "kompis-admin " << command << ": " << pinProblem(check) << "\n";
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

} // namespace

int runTeacherPin(AdminArgs& args)
{
    static constexpr const char* kHelp =
        R"(Usage: kompis-admin teacher-pin NEW [--current OLD] [--store PATH]

Sets the teacher PIN (4-8 digits). When one is set already, --current must give it.
)";
    if (args.wantsHelp())
    {
        std::cout << kHelp;
        return 0;
    }
    const auto current = args.option("--current").value_or("");
    const auto words = args.positional({"--current", "--store"});
    if (!args.error().empty() || words.size() != 1)
    {
        std::cerr << kHelp;
        return 2;
    }
    auto store = openExisting(args, "teacher-pin");
    if (!store)
        return 1;
    const auto check = store->setTeacherPin(words[0], current, nowSeconds());
    if (!check.ok())
    {
        std::cerr << "kompis-admin teacher-pin: " << pinProblem(check) << "\n";
        return 1;
    }
    std::cout << "teacher PIN set\n";
    return 0;
}

int runRename(AdminArgs& args)
{
    return asTeacher(args, "rename", 2,
                     "Usage: kompis-admin rename LEARNER-ID NEW-NAME --teacher-pin P\n",
                     [](auto& store, const auto& token, const auto& words)
                     {
                         const auto id = learnerId(words[0]);
                         if (!id)
                             return std::cerr << "kompis-admin rename: `" << words[0]
                                              << "` is not a learner id\n",
                                    2;
                         return report(store.renameLearner(token, *id, words[1]), "rename",
                                       "learner " + words[0] + " is now " + words[1]);
                     });
}

int runResetPin(AdminArgs& args)
{
    return asTeacher(args, "reset-pin", 1,
                     "Usage: kompis-admin reset-pin LEARNER-ID [NEW-PIN] --teacher-pin P\n"
                     "Without NEW-PIN the learner's PIN is removed.\n",
                     [](auto& store, const auto& token, const auto& words)
                     {
                         const auto id = learnerId(words[0]);
                         if (!id)
                             return std::cerr << "kompis-admin reset-pin: `" << words[0]
                                              << "` is not a learner id\n",
                                    2;
                         const auto pin =
                             words.size() > 1 ? std::optional<std::string>(words[1]) : std::nullopt;
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
        "Usage: kompis-admin delete LEARNER-ID --yes --teacher-pin P\n"
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
            return report(store.deleteLearner(token, *id, true), "delete",
                          "learner " + words[0] + " deleted");
        });
}

} // namespace kompis::admin
