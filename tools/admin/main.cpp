// kompis-admin: replays FSRS logs, exports progress, lists learners, makes and restores backups.

#include "AdminArgs.hpp"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace
{
constexpr const char* kUsage = R"(Usage: kompis-admin <command> [options]

Commands:
  fsrs-replay LOG.csv   replay a review log through FSRS-6 and print the memory states
  export                write attempts, lesson summaries or xAPI statements (CSV or JSON)
  learners              list the learner profiles in the progress store
  backup                write a consistent snapshot of the progress store (teacher PIN)
  restore BACKUP        put a backup in place of the progress store
  teacher-pin           set (or change) the teacher PIN
  rename ID NAME        rename a learner (teacher PIN)
  reset-pin ID          give a learner a new PIN or remove it (teacher PIN)
  delete ID --yes       delete a learner after an export (teacher PIN)
  classroom init|status|overview|export
                        set up and look at a classroom on a PostgreSQL server
  sync                  send this PC's answers to the classroom server now
  learners add --from class.csv
                        add a class list to the classroom server

Common option:
  --store PATH          the progress store (default: $KOMPIS_STORE, else
                        $XDG_DATA_HOME/kompis/progress.sqlite, else
                        ~/.local/share/kompis/progress.sqlite)

PINs are never given on the command line (other accounts see the process list): use
--teacher-pin-file FILE, $KOMPIS_TEACHER_PIN, or type them when asked.

Run `kompis-admin <command> --help` for a command's options.
)";
} // namespace

int main(int argc, char** argv)
{
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h"))
    {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const std::string command = argv[1];
    kompis::admin::AdminArgs args(std::vector<std::string>(argv + 2, argv + argc));
    if (command == "fsrs-replay")
        return kompis::admin::runFsrsReplay(args);
    if (command == "export")
        return kompis::admin::runExport(args);
    if (command == "learners" && argc > 2 && !std::strcmp(argv[2], "add"))
        return kompis::admin::runLearnersAdd(args);
    if (command == "learners")
        return kompis::admin::runLearners(args);
    if (command == "classroom")
        return kompis::admin::runClassroom(args);
    if (command == "sync")
        return kompis::admin::runSync(args);
    if (command == "backup")
        return kompis::admin::runBackup(args);
    if (command == "restore")
        return kompis::admin::runRestore(args);
    if (command == "teacher-pin")
        return kompis::admin::runTeacherPin(args);
    if (command == "rename")
        return kompis::admin::runRename(args);
    if (command == "reset-pin")
        return kompis::admin::runResetPin(args);
    if (command == "delete")
        return kompis::admin::runDelete(args);
    std::fprintf(stderr, "kompis-admin: unknown command '%s'\n\n%s", command.c_str(), kUsage);
    return 2;
}
