#include "AdminArgs.hpp"
#include "PinInput.hpp"
#include "core/export/ExportFile.hpp"
#include "core/export/Iri.hpp"
#include "core/export/RecordingsExport.hpp"
#include "core/store/ProgressStore.hpp"

#include <cstdlib>
#include <ctime>
#include <iostream>

namespace kompis::admin
{
namespace
{
constexpr const char* kHelp = R"(Usage: kompis-admin export --format csv|xapi [options]

  --format csv     CSV, UTF-8 with a header row, RFC 4180 quoting (CRLF line ends); opens in
                   LibreOffice Calc (choose UTF-8 and comma if it asks).
                   --what attempts (default): one row per answer: attempt_id, learner_id,
                     learner, course, course_version, lesson, item, response (as typed),
                     outcome (wrong/almost/right), points, max_points, time_ms, timestamp.
                   --what summary: one row per learner x lesson: status (new/in progress/done),
                     best_score and last_score (0-1), resume_step, attempts, right_attempts,
                     time_ms, updated_at.
  --format xapi    a JSON array of xAPI 1.0.3 statements: `answered` for every answer, and
                   `completed` plus `passed` or `failed` for every finished lesson (verbs from
                   http://adlnet.gov/expapi/verbs/), with result.score.scaled, result.success,
                   result.duration (ISO 8601) and timestamp. Ready to POST to an LRS.
                   --home-page IRI      the actor account's homePage (the learners' system)
                   --activity-base IRI  prefix of activity ids (…/courses/<id>/items/<id>)
                   Both must be IRIs (scheme, colon, no spaces or control characters);
                   timestamps outside the years 0000-9999 stop the export with an error.
                   --no-names           leave display names out (account name = learner UUID)

  --recordings DIR also copy the learners' recordings from speaking exercises into DIR: a
                   folder per learner ("<id> <name>"), one <item>.ogg per exercise, and
                   recordings.csv listing them (readable by you only). Recordings are never in
                   the CSV or xAPI export itself. Without --format only the recordings are
                   copied.
  --learner ID     only this learner (see `kompis-admin learners`)
  --out FILE       write to FILE instead of standard output (readable by you only; written
                   under FILE.part and renamed when complete)
  --store PATH     the progress store
The teacher PIN is needed when one is set; with it, the exported learners are marked as
exported, which deletion requires.
)";

std::optional<std::int64_t> parseId(const std::string& text)
{
    char* end = nullptr;
    const long long v = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || v <= 0)
        return std::nullopt;
    return v;
}
} // namespace

int runExport(AdminArgs& args)
{
    if (args.wantsHelp())
    {
        std::cout << kHelp << kTeacherPinOptions;
        return 0;
    }
    const auto format = args.value("--format");
    const auto what = args.value("--what").value_or("attempts");
    const auto learnerText = args.value("--learner");
    const auto outPath = args.value("--out");
    core::exports::ExportRequest request;
    if (learnerText && !(request.learnerId = parseId(*learnerText)))
    {
        std::cerr << "kompis-admin export: --learner needs a learner id\n";
        return 2;
    }
    const auto recordingsDir = args.value("--recordings");
    if ((!format && !recordingsDir) || (format && *format != "csv" && *format != "xapi") ||
        (what != "attempts" && what != "summary"))
    {
        std::cerr << "kompis-admin export: --format csv or --format xapi is needed\n\n" << kHelp;
        return 2;
    }
    const bool xapi = format && *format == "xapi";
    request.format = xapi                ? core::exports::ExportFormat::Xapi
                     : what == "summary" ? core::exports::ExportFormat::SummaryCsv
                                         : core::exports::ExportFormat::AttemptsCsv;
    auto& x = request.xapi;
    x.homePage = args.value("--home-page").value_or(x.homePage);
    x.activityBase = args.value("--activity-base").value_or(x.activityBase);
    x.includeNames = !args.flag("--no-names");
    for (const auto* iri : {&x.homePage, &x.activityBase})
        if (auto problem = core::exports::iriProblem(*iri); !problem.empty())
        {
            std::cerr << "kompis-admin export: `" << *iri << "` is not an IRI: " << problem << "\n";
            return 2;
        }
    if (!x.activityBase.empty() && x.activityBase.back() != '/')
        x.activityBase += '/';

    auto store = openExisting(args, "export", StoreUse::Read);
    if (!store)
        return 1;
    std::optional<core::store::TeacherToken> teacher;
    if (!unlockIfProtected(*store, args, "export", teacher))
        return 1;

    if (recordingsDir)
    {
        const auto copied =
            core::exports::exportRecordings(*store, request.learnerId, *recordingsDir);
        if (!copied.error.empty())
        {
            std::cerr << "kompis-admin export: error: " << copied.error << "\n";
            return 1;
        }
        std::cerr << "kompis-admin: copied " << copied.files << " recording(s) to "
                  << *recordingsDir << "\n";
        if (!format)
            return 0;
    }
    const auto outcome = outPath ? core::exports::exportToFile(*store, request, *outPath)
                                 : core::exports::exportToStream(*store, request, std::cout);
    if (!outcome.written)
    {
        std::cerr << "kompis-admin export: error: " << outcome.error << "\n";
        return 1;
    }
    const auto now = std::int64_t(std::time(nullptr));
    if (teacher)
        for (const auto& p : store->learners())
            if (!request.learnerId || p.id == *request.learnerId)
                (void)store->markExported(*teacher, p.id, now);
    std::cerr << "kompis-admin: exported " << outcome.count << (xapi ? " statements" : " rows")
              << "\n";
    return 0;
}

} // namespace kompis::admin
