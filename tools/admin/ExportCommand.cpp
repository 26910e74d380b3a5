#include "AdminArgs.hpp"
#include "core/export/CsvExport.hpp"
#include "core/export/XapiExport.hpp"
#include "core/store/ProgressStore.hpp"

#include <cstdlib>
#include <ctime>
#include <fstream>
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
                   --home-page URL      the actor account's homePage (the learners' system)
                   --activity-base IRI  prefix of activity ids (…/courses/<id>/items/<id>)
                   --no-names           leave display names out (account name = learner UUID)

  --learner ID     only this learner (see `kompis-admin learners`)
  --out FILE       write to FILE instead of standard output
  --teacher-pin P  the teacher PIN (or $KOMPIS_TEACHER_PIN); needed when one is set. With it,
                   the exported learners are marked as exported, which deletion requires.
  --store PATH     the progress store
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
        std::cout << kHelp;
        return 0;
    }
    const auto format = args.option("--format");
    const auto what = args.option("--what").value_or("attempts");
    const auto learnerText = args.option("--learner");
    const auto outPath = args.option("--out");
    auto pin = args.option("--teacher-pin");
    if (!pin)
        if (const char* env = std::getenv("KOMPIS_TEACHER_PIN"))
            pin = env;
    std::optional<std::int64_t> learner;
    if (learnerText && !(learner = parseId(*learnerText)))
    {
        std::cerr << "kompis-admin export: --learner needs a learner id\n";
        return 2;
    }
    if (!args.error().empty() || !format || (*format != "csv" && *format != "xapi") ||
        (what != "attempts" && what != "summary"))
    {
        std::cerr << "kompis-admin export: "
                  << (args.error().empty() ? "--format csv or --format xapi is needed"
                                           : args.error())
                  << "\n\n"
                  << kHelp;
        return 2;
    }
    const auto path = storePathFrom(args);
    if (!std::filesystem::exists(path))
    {
        std::cerr << path.string() << ": error: no progress store here (use --store)\n";
        return 1;
    }
    core::store::StoreOptions options;
    options.path = path;
    options.autoBackup = false;
    core::store::ProgressStore store(options);
    if (!store.openReport().message.empty())
        std::cerr << "kompis-admin: " << store.openReport().message << "\n";

    std::optional<core::store::TeacherToken> teacher;
    const auto now = std::int64_t(std::time(nullptr));
    if (store.hasTeacherPin())
    {
        core::store::PinCheck check;
        if (!pin || !(teacher = store.unlockTeacher(*pin, now, &check)))
        {
            std::cerr << "kompis-admin export: "
                      << (!pin ? "this store has a teacher PIN: give --teacher-pin"
                          : check.status == core::store::PinStatus::Locked
                              ? "the teacher PIN is locked for a minute after 5 wrong tries"
                              : "wrong teacher PIN")
                      << "\n";
            return 1;
        }
    }

    std::ofstream file;
    if (outPath)
    {
        file.open(*outPath, std::ios::binary);
        if (!file)
        {
            std::cerr << *outPath << ": error: cannot write the file\n";
            return 1;
        }
    }
    std::ostream& out = outPath ? static_cast<std::ostream&>(file) : std::cout;
    std::size_t count = 0;
    if (*format == "csv")
        count = what == "summary" ? core::exports::writeLessonSummaryCsv(store, learner, out)
                                  : core::exports::writeAttemptsCsv(store, learner, out);
    else
    {
        core::exports::XapiOptions x;
        x.homePage = args.option("--home-page").value_or(x.homePage);
        x.activityBase = args.option("--activity-base").value_or(x.activityBase);
        if (!x.activityBase.empty() && x.activityBase.back() != '/')
            x.activityBase += '/';
        x.includeNames = !args.flag("--no-names");
        count = core::exports::writeXapiStatements(store, learner, x, out);
    }
    out.flush();
    if (!out)
    {
        std::cerr << "kompis-admin export: writing failed\n";
        return 1;
    }
    if (teacher)
        for (const auto& p : store.learners())
            if (!learner || p.id == *learner)
                (void)store.markExported(*teacher, p.id, now);
    std::cerr << "kompis-admin: exported " << count << (*format == "xapi" ? " statements" : " rows")
              << "\n";
    return 0;
}

} // namespace kompis::admin
