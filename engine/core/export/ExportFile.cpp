#include "core/export/ExportFile.hpp"

#include "core/export/CsvExport.hpp"
#include "core/export/Iri.hpp"
#include "core/store/PrivateFile.hpp"

namespace kompis::core::exports
{

ExportOutcome exportToStream(store::ProgressStore& store, const ExportRequest& request,
                             std::ostream& out)
{
    ExportOutcome outcome;
    if (request.format == ExportFormat::Xapi)
        for (const auto& [what, iri] : {std::pair{"the home page", &request.xapi.homePage},
                                        std::pair{"the activity base", &request.xapi.activityBase}})
            if (auto problem = iriProblem(*iri); !problem.empty())
            {
                outcome.error = std::string(what) + " `" + *iri + "` is not an IRI: " + problem;
                return outcome;
            }
    try
    {
        switch (request.format)
        {
        case ExportFormat::AttemptsCsv:
            outcome.count = writeAttemptsCsv(store, request.learnerId, out, request.progress);
            break;
        case ExportFormat::SummaryCsv:
            outcome.count = writeLessonSummaryCsv(store, request.learnerId, out, request.progress);
            break;
        case ExportFormat::Xapi:
            outcome.count =
                writeXapiStatements(store, request.learnerId, request.xapi, out, request.progress);
            break;
        }
    }
    catch (const ExportCancelled&)
    {
        outcome.cancelled = true;
        return outcome;
    }
    catch (const ExportError& e)
    {
        outcome.error = e.what();
        return outcome;
    }
    out.flush();
    if (!out)
        outcome.error = "writing the export failed (is the disk full?)";
    else
        outcome.written = true;
    return outcome;
}

ExportOutcome exportToFile(store::ProgressStore& store, const ExportRequest& request,
                           const std::filesystem::path& target)
{
    store::AtomicFile file(target);
    ExportOutcome outcome;
    if (!file.error().empty())
    {
        outcome.error = file.error();
        return outcome;
    }
    outcome = exportToStream(store, request, file.stream());
    if (outcome.written)
        if (auto problem = file.commit(); !problem.empty())
        {
            outcome.written = false;
            outcome.error = problem;
        }
    return outcome;
}

} // namespace kompis::core::exports
