// kompis-admin: replays FSRS logs, exports progress, lists learners, makes and restores backups.

#include "AdminArgs.hpp"
#include "common/Subcommands.hpp"
#include "core/diag/Printable.hpp"

#include <cstdio>
#include <exception>
#include <new>
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

using kompis::tools::Option;
using kompis::tools::Takes;

const Option kStore{"--store", Takes::Value};
const Option kTeacherPinFile{"--teacher-pin-file", Takes::Value};
// Declared so that a PIN typed on the command line gets its own refusal, not "unknown option".
const Option kTeacherPin{"--teacher-pin", Takes::MaybeValue};
const Option kNewPinFile{"--new-pin-file", Takes::Value};

std::vector<Option> withTeacherPin(std::vector<Option> options)
{
    options.insert(options.end(), {kStore, kTeacherPinFile, kTeacherPin});
    return options;
}

const std::vector<Option> kExportOptions = withTeacherPin({
    {"--format", Takes::Value},
    {"--what", Takes::Value},
    {"--learner", Takes::Value},
    {"--out", Takes::Value},
    {"--home-page", Takes::Value},
    {"--activity-base", Takes::Value},
    {"--no-names"},
    {"--recordings", Takes::Value},
});

std::vector<Option> classroomOptions()
{
    auto options = kExportOptions;
    options.insert(
        options.end(),
        {{"--pc-role", Takes::Value}, {"--teacher-role", Takes::Value}, {"--new-passwords"}});
    return options;
}

} // namespace

int main(int argc, char** argv)
{
    namespace admin = kompis::admin;
    // Each command prints its own --help (the texts live beside the code they describe); the
    // usage here is the synopsis shown when a command line does not fit.
    const kompis::tools::Tool tool{
        "kompis-admin",
        kUsage,
        {
            {"fsrs-replay",
             "",
             "kompis-admin fsrs-replay LOG.csv [--out FILE]",
             {{"--out", Takes::Value}},
             admin::runFsrsReplay},
            {"export", "", "kompis-admin export --format csv|xapi [options]", kExportOptions,
             admin::runExport},
            {"learners", "", "kompis-admin learners [--store PATH]", {kStore}, admin::runLearners},
            {"learners add",
             "",
             "kompis-admin learners add --from class.csv",
             {{"--from", Takes::Value}},
             admin::runLearnersAdd},
            {"backup", "", "kompis-admin backup [--to FILE] [--store PATH]",
             withTeacherPin({{"--to", Takes::Value}}), admin::runBackup},
            {"restore", "", "kompis-admin restore BACKUP [--store PATH]", withTeacherPin({}),
             admin::runRestore},
            {"teacher-pin", "", "kompis-admin teacher-pin [--store PATH]",
             withTeacherPin({kNewPinFile}), admin::runTeacherPin},
            {"rename", "", "kompis-admin rename LEARNER-ID NEW-NAME", withTeacherPin({}),
             admin::runRename},
            {"reset-pin", "", "kompis-admin reset-pin LEARNER-ID [--remove] [--new-pin-file FILE]",
             withTeacherPin({kNewPinFile, {"--remove"}}), admin::runResetPin},
            {"delete", "", "kompis-admin delete LEARNER-ID --yes", withTeacherPin({{"--yes"}}),
             admin::runDelete},
            {"classroom", "", "kompis-admin classroom init|status|overview|export [options]",
             classroomOptions(), admin::runClassroom},
            {"sync",
             "",
             "kompis-admin sync [--whole-class] [--store PATH]",
             {kStore, {"--whole-class"}},
             admin::runSync},
        }};
    // A store that passes SQLite's check can still fail a query (a table missing, a disk error
    // half-way): the teacher gets the reason and exit 1, never an abort and a core dump.
    try
    {
        return kompis::tools::runTool(tool, argc, argv);
    }
    catch (const std::bad_alloc&)
    {
        std::fputs("kompis-admin: out of memory; close other programs and try again\n", stderr);
    }
    catch (const std::exception& e)
    {
        std::fprintf(stderr,
                     "kompis-admin: stopped: %s. If the progress file is damaged, close Kompis "
                     "and run `kompis-admin restore BACKUP` with a backup from its backups "
                     "folder.\n",
                     kompis::core::printable(e.what()).c_str());
    }
    return 1;
}
