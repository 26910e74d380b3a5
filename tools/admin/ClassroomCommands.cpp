// kompis-admin's classroom commands: set up the server, show its state, sync a PC's store,
// import a class list and show the class overview.

#include "AdminArgs.hpp"
#include "core/classroom/ClassOverview.hpp"
#include "core/classroom/ClassroomAdmin.hpp"
#include "core/classroom/ClassroomConfig.hpp"
#include "core/classroom/ClassroomSync.hpp"
#include "core/diag/Printable.hpp"
#include "core/util/UtcTime.hpp"

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

namespace kompis::admin
{
namespace
{
namespace cls = core::classroom;

constexpr const char* kClassroomHelp = R"(Usage: kompis-admin classroom init URL [options]
       kompis-admin classroom status
       kompis-admin classroom overview
       kompis-admin classroom export [export options]

  init URL     as the server's administrator (URL: postgresql://admin@host/db?sslmode=…,
               password from ~/.pgpass or $PGPASSWORD), create or upgrade the Kompis schema and
               two roles: one for the PCs (add answers, read the class) and one for the teacher
               (everything). Prints the lines for /etc/kompis/classroom.conf and the passwords
               (shown once; new roles only, or with --new-passwords).
               --pc-role NAME       default kompis_pc
               --teacher-role NAME  default kompis_teacher
               --new-passwords      give existing roles new passwords
  status       the server, its schema, learners and answers, and each PC's last visit and
               outbox (answers still waiting on that PC)
  overview     every learner of the class across PCs: lessons done, answers, right, time,
               texts written, last seen and where
  export       sync the whole class into the local store (--store), then `kompis-admin
               export` with the same options

The classroom is $KOMPIS_CLASSROOM (a URL; password file in $KOMPIS_CLASSROOM_PASSWORD_FILE),
else /etc/kompis/classroom.conf ($KOMPIS_CLASSROOM_CONF names another).
)";

constexpr const char* kSyncHelp = R"(Usage: kompis-admin sync [--whole-class] [--store PATH]

Sends this PC's waiting answers to the classroom server now and fetches the class list. With
--whole-class (the teacher's PC) every learner's history comes too, so `learners`, `export`
and the teacher commands see the whole class.
)";

constexpr const char* kLearnersAddHelp = R"(Usage: kompis-admin learners add --from class.csv

Adds a class to the classroom server from a CSV file: a header row with a `name` column and an
optional `pin` column (4 to 8 digits; hashed here, never stored as typed). Names already in the
class are skipped, so running it twice adds nobody twice. Nothing is added when a row is wrong.
)";

std::optional<cls::ClassroomConfig> classroomOrSay(const char* command)
{
    auto lookup = cls::findClassroom();
    if (!lookup.error.empty())
    {
        std::cerr << "kompis-admin " << command << ": error: " << lookup.error << "\n";
        return std::nullopt;
    }
    if (!lookup.config)
        std::cerr << "kompis-admin " << command
                  << ": error: no classroom configured (set KOMPIS_CLASSROOM or write "
                  << cls::kDefaultClassroomConf << ")\n";
    return lookup.config;
}

std::optional<cls::PgConnection> connectOrSay(const cls::ClassroomConfig& config,
                                              const char* command)
{
    try
    {
        return std::optional<cls::PgConnection>(std::in_place, config.url, config.password);
    }
    catch (const cls::PgError& e)
    {
        std::cerr << "kompis-admin " << command << ": error: "
                  << (e.failure() == cls::PgFailure::WrongPassword
                          ? "the classroom server refused the login: "
                          : "the classroom server cannot be reached: ")
                  << e.what() << " (" << cls::redactedUrl(config.url) << ", from " << config.source
                  << ")\n";
        return std::nullopt;
    }
}

std::string when(std::int64_t t)
{
    return t > 0 ? core::util::formatIsoUtc(t) : "-";
}

int runInit(AdminArgs& args)
{
    const auto words = args.positional();
    if (words.size() != 2)
    {
        std::cerr << kClassroomHelp;
        return 2;
    }
    const std::string& url = words[1];
    cls::ClassroomRoles roles;
    roles.pcRole = args.value("--pc-role").value_or(roles.pcRole);
    roles.teacherRole = args.value("--teacher-role").value_or(roles.teacherRole);
    try
    {
        cls::PgConnection db(url, "");
        const auto made = cls::initClassroom(db, url, roles, args.flag("--new-passwords"));
        std::cout << "Classroom ready on " << db.where() << " (Kompis server schema "
                  << cls::kServerSchemaVersion << ", was " << made.migratedFrom << ").\n\n"
                  << "On each classroom PC, /etc/kompis/classroom.conf:\n"
                  << "  url = " << made.pcUrl << "\n"
                  << "  password_file = /etc/kompis/classroom.password\n"
                  << "  # pc_name = room-12-pc-3   (default: the host name)\n";
        if (!made.pcPassword.empty())
            std::cout << "and /etc/kompis/classroom.password (root:kompis, mode 0640) holding:\n  "
                      << made.pcPassword << "\n";
        std::cout << "\nFor the teacher's tools (kompis-admin on the teacher's PC):\n"
                  << "  KOMPIS_CLASSROOM=" << made.teacherUrl << "\n"
                  << "  KOMPIS_CLASSROOM_PASSWORD_FILE=<a file only the teacher can read>\n";
        if (!made.teacherPassword.empty())
            std::cout << "holding:\n  " << made.teacherPassword << "\n";
        std::cout << "\nPasswords are shown only now; `--new-passwords` makes new ones.\n";
        return 0;
    }
    catch (const cls::PgError& e)
    {
        std::cerr << "kompis-admin classroom init: error: " << e.what() << " ("
                  << cls::redactedUrl(url) << ")\n";
    }
    catch (const std::runtime_error& e)
    {
        std::cerr << "kompis-admin classroom init: error: " << e.what() << "\n";
    }
    return 1;
}

int runStatus()
{
    const auto config = classroomOrSay("classroom status");
    if (!config)
        return 1;
    auto db = connectOrSay(*config, "classroom status");
    if (!db)
        return 1;
    const auto s = cls::serverStatus(*db);
    std::cout << "server\t" << s.where << " (PostgreSQL " << s.serverVersion << ")\n"
              << "schema\t" << s.schemaVersion;
    if (const auto mismatch = cls::schemaMismatch(s.schemaVersion); !mismatch.empty())
        std::cout << "\t(" << mismatch << ")";
    std::cout << "\nlearners\t" << s.learners << "\nanswers\t" << s.attempts << "\n\n"
              << "pc\tlast_seen\toutbox\tschema\n";
    // PC and learner names come from whoever set up a PC or typed a name: escapes in them
    // would reach the terminal (as in `kompis-admin learners`).
    for (const auto& pc : s.pcs)
        std::cout << core::printable(pc.name) << "\t" << when(pc.lastSeen) << "\t" << pc.outbox
                  << "\t" << pc.kompisSchema << "\n";
    return 0;
}

int runOverview()
{
    const auto config = classroomOrSay("classroom overview");
    if (!config)
        return 1;
    auto db = connectOrSay(*config, "classroom overview");
    if (!db)
        return 1;
    std::cout << "learner\tlessons_done\tanswers\tright\ttime_min\ttexts\tlast_seen\tpc\n";
    for (const auto& l : cls::classOverview(*db))
        std::cout << core::printable(l.name) << "\t" << l.lessonsDone << "\t" << l.attempts << "\t"
                  << l.rightAttempts << "\t" << (l.timeMs + 30000) / 60000 << "\t" << l.textsWritten
                  << "\t" << when(l.lastSeenAt) << "\t"
                  << (l.lastPc.empty() ? "-" : core::printable(l.lastPc)) << "\n";
    return 0;
}

// Runs one round into the store named by --store; prints the outcome. True when online.
bool syncStore(AdminArgs& args, bool wholeClass, const char* command)
{
    const auto config = classroomOrSay(command);
    if (!config)
        return false;
    auto store = openExisting(args, command, StoreUse::Write); // migrates an older store first
    if (!store)
        return false;
    cls::SyncOptions options;
    options.classroom = *config;
    options.storePath = store->openReport().path;
    options.wholeClass = wholeClass;
    const auto status = cls::ClassroomSync(options).runOnce();
    if (status.state != cls::SyncState::Online)
    {
        std::cerr << "kompis-admin " << command << ": error: " << status.message << "\n";
        return false;
    }
    std::cerr << "synced: " << status.totals.pushedAttempts << " answers and "
              << status.totals.pushedCompletions << " finished lessons sent, "
              << status.totals.pulledAttempts << " answers and " << status.totals.pulledCompletions
              << " finished lessons fetched; " << status.outbox << " waiting\n";
    return true;
}
} // namespace

int runClassroom(AdminArgs& args)
{
    const auto words = args.positional();
    if (args.wantsHelp() || words.empty())
    {
        (words.empty() && !args.wantsHelp() ? std::cerr : std::cout) << kClassroomHelp;
        return args.wantsHelp() ? 0 : 2;
    }
    if (words[0] == "init")
        return runInit(args);
    if (words[0] == "status")
        return runStatus();
    if (words[0] == "overview")
        return runOverview();
    if (words[0] == "export")
        return syncStore(args, true, "classroom export") ? runExport(args) : 1;
    std::cerr << "kompis-admin classroom: unknown command '" << words[0] << "'\n\n"
              << kClassroomHelp;
    return 2;
}

int runSync(AdminArgs& args)
{
    if (args.wantsHelp())
    {
        std::cout << kSyncHelp;
        return 0;
    }
    return syncStore(args, args.flag("--whole-class"), "sync") ? 0 : 1;
}

int changeLearnerInClassroom(const std::string& learnerUuid,
                             const std::optional<std::string>& newName, const char* command)
{
    const auto lookup = cls::findClassroom();
    if (!lookup.config)
        return 0; // a home PC: the store was all there is
    auto db = connectOrSay(*lookup.config, command);
    if (!db)
    {
        std::cerr << "kompis-admin " << command
                  << ": done on this PC only; run it again when the server is back, or the "
                     "next sync undoes it\n";
        return 1;
    }
    try
    {
        const bool found = newName ? cls::renameLearnerOnServer(*db, learnerUuid, *newName)
                                   : cls::deleteLearnerOnServer(*db, learnerUuid);
        if (!found && newName)
            std::cerr << "kompis-admin " << command
                      << ": note: the classroom server does not know this learner\n";
        return 0;
    }
    catch (const cls::PgError& e)
    {
        std::cerr << "kompis-admin " << command << ": error: the classroom server refused ("
                  << e.what()
                  << "); only the teacher's role may change learners there (KOMPIS_CLASSROOM "
                     "with the teacher's URL). Done on this PC only: the next sync undoes it\n";
        return 1;
    }
}

int runLearnersAdd(AdminArgs& args)
{
    if (args.wantsHelp())
    {
        std::cout << kLearnersAddHelp;
        return 0;
    }
    const auto file = args.value("--from");
    if (!file)
    {
        std::cerr << kLearnersAddHelp;
        return 2;
    }
    std::ifstream in(*file, std::ios::binary);
    if (!in)
    {
        std::cerr << *file << ": error: cannot read the class list\n";
        return 1;
    }
    std::stringstream text;
    text << in.rdbuf();
    const auto config = classroomOrSay("learners add");
    if (!config)
        return 1;
    auto db = connectOrSay(*config, "learners add");
    if (!db)
        return 1;
    try
    {
        const auto result =
            cls::addLearnersFromCsv(*db, text.str(), *file, std::int64_t(std::time(nullptr)));
        for (const auto& e : result.errors)
            std::cerr << e << "\n";
        if (!result.errors.empty())
        {
            std::cerr << "nobody was added: fix the lines above and run it again\n";
            return 1;
        }
        std::cout << "added " << result.added << " learners";
        if (result.alreadyThere)
            std::cout << "; " << result.alreadyThere << " were already in the class";
        std::cout << "\n";
        return 0;
    }
    catch (const cls::PgError& e)
    {
        std::cerr << "kompis-admin learners add: error: " << e.what() << "\n";
        return 1;
    }
}

} // namespace kompis::admin
