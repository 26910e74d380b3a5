#include "core/export/XapiExport.hpp"

#include "core/export/Csv.hpp"
#include "core/export/NameUuid.hpp"
#include "core/util/Json.hpp"
#include "core/util/UtcTime.hpp"

#include <algorithm>

namespace kompis::core::exports
{

using util::iriSegment;
using util::isoDuration;
using util::jsonString;
namespace
{
constexpr std::string_view kVerbs = "http://adlnet.gov/expapi/verbs/";
constexpr std::string_view kActivityTypes = "http://adlnet.gov/expapi/activities/";
// Kompis's own namespace for statement ids (a random UUID, fixed for good): ids are version 5
// UUIDs of what the statement is about, so exporting the same answers again gives the same ids
// and an LRS keeps one copy instead of two.
constexpr std::string_view kStatementNamespace = "dbf31474-e976-4c47-b5b7-20c2b8f979ac";
// 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: what four-digit ISO 8601 years can write.
constexpr std::int64_t kEarliest = -62167219200;
constexpr std::int64_t kLatest = 253402300799;

class StatementWriter
{
public:
    StatementWriter(const XapiOptions& options, std::ostream& out)
        : m_options(options)
        , m_out(out)
    {
    }

    std::string courseIri(const std::string& course) const
    {
        return m_options.activityBase + "courses/" + iriSegment(course);
    }

    std::string activity(const std::string& iri, std::string_view type) const
    {
        return "{\"objectType\":\"Activity\",\"id\":" + jsonString(iri) +
               ",\"definition\":{\"type\":" +
               jsonString(std::string(kActivityTypes) + std::string(type)) + "}}";
    }

    std::string actor(const std::string& learnerKey, const std::string& name) const
    {
        std::string a = "{\"objectType\":\"Agent\",";
        if (m_options.includeNames && !name.empty())
            a += "\"name\":" + jsonString(name) + ",";
        return a + "\"account\":{\"homePage\":" + jsonString(m_options.homePage) +
               ",\"name\":" + jsonString(learnerKey) + "}}";
    }

    static std::string verb(std::string_view name)
    {
        return "{\"id\":" + jsonString(std::string(kVerbs) + std::string(name)) +
               ",\"display\":{\"en-US\":" + jsonString(name) + "}}";
    }

    static std::string score(double scaled, std::optional<std::pair<double, double>> raw)
    {
        scaled = std::clamp(scaled, -1.0, 1.0);
        std::string s = "{\"scaled\":" + formatNumber(scaled);
        if (raw && raw->second > 0 && raw->first >= 0 && raw->first <= raw->second)
            s += ",\"raw\":" + formatNumber(raw->first) +
                 ",\"min\":0,\"max\":" + formatNumber(raw->second);
        return s + "}";
    }

    /// `subject` names what the statement records within this learner's history (an attempt,
    /// one completion of a lesson); with the home page, learner and verb it makes the id.
    void statement(const std::string& learnerKey, const std::string& actorJson,
                   std::string_view verbName, const std::string& subject, const std::string& object,
                   const std::string& result, const std::string& context, std::int64_t timestamp)
    {
        if (timestamp < kEarliest || timestamp > kLatest)
            throw ExportError("the " + std::string(verbName) + " statement of learner " +
                              learnerKey + " (" + subject.substr(0, subject.find('\n')) +
                              ") has a timestamp outside the years 0000-9999 (" +
                              std::to_string(timestamp) + " s); xAPI cannot express it");
        const std::string id =
            nameUuidV5(kStatementNamespace, m_options.homePage + '\n' + learnerKey + '\n' +
                                                std::string(verbName) + '\n' + subject);
        m_out << (m_count == 0 ? "[\n" : ",\n");
        m_out << "{\"id\":" << jsonString(id) << ",\"version\":\"1.0.3\",\"actor\":" << actorJson
              << ",\"verb\":" << verb(verbName) << ",\"object\":" << object
              << ",\"result\":" << result << ",\"context\":" << context
              << ",\"timestamp\":" << jsonString(util::formatIsoUtc(timestamp)) << "}";
        ++m_count;
    }

    std::size_t finish()
    {
        m_out << (m_count == 0 ? "[]\n" : "\n]\n");
        return m_count;
    }

    std::string context(const std::string& course, const std::string& version,
                        const std::string* lesson) const
    {
        std::string c = "{\"platform\":\"Kompis\",\"contextActivities\":{";
        if (lesson)
            c += "\"parent\":[" +
                 activity(courseIri(course) + "/lessons/" + iriSegment(*lesson), "lesson") + "],";
        c += "\"grouping\":[" + activity(courseIri(course), "course") + "]}";
        c += ",\"extensions\":{" +
             jsonString(m_options.activityBase + "extensions/course-version") + ":" +
             jsonString(version) + "}}";
        return c;
    }

private:
    const XapiOptions& m_options;
    std::ostream& m_out;
    std::size_t m_count = 0;
};
// The learner's UUID names them in every export, so learner 1 on two PCs stays two people; the
// local row id is only a fallback for a learner deleted since.
std::string learnerKey(const std::string& uuid, std::int64_t learnerId)
{
    return uuid.empty() ? std::to_string(learnerId) : uuid;
}
} // namespace

std::size_t writeXapiStatements(store::ProgressStore& store, std::optional<std::int64_t> learnerId,
                                const XapiOptions& options, std::ostream& out,
                                const ExportProgress& progress)
{
    const auto completions = store.completions(learnerId);
    ProgressTicker ticker(progress, store.attemptCount(learnerId) + 2 * completions.size());
    StatementWriter w(options, out);
    store.forEachAttempt(
        learnerId,
        [&](const store::AttemptRow& row)
        {
            const auto& a = row.attempt;
            const double scaled = a.maxPoints > 0 ? a.points / a.maxPoints : 0.0;
            const std::string object =
                w.activity(w.courseIri(a.courseId) + "/items/" + iriSegment(a.itemId), "question");
            // A written task is done, not passed or failed: no score and no success, only that
            // it was completed (xAPI leaves both out when they do not apply).
            const std::string judged =
                a.outcome == Outcome::Done
                    ? std::string("\"completion\":true")
                    : "\"score\":" + w.score(scaled, std::pair{a.points, a.maxPoints}) +
                          ",\"success\":" + (a.outcome == Outcome::Right ? "true" : "false");
            const std::string result = "{" + judged + ",\"response\":" + jsonString(a.response) +
                                       ",\"duration\":" + jsonString(isoDuration(a.timeSpentMs)) +
                                       "}";
            const std::string who = learnerKey(row.learnerUuid, a.learnerId);
            w.statement(who, w.actor(who, row.learnerName), "answered", "attempt " + row.uuid,
                        object, result, w.context(a.courseId, a.courseVersion, &a.lessonId),
                        a.timestamp);
            ticker.tick();
        });
    for (const auto& c : completions)
    {
        const std::string object =
            w.activity(w.courseIri(c.courseId) + "/lessons/" + iriSegment(c.lessonId), "lesson");
        const std::string result =
            "{\"score\":" + w.score(c.score, std::nullopt) +
            ",\"success\":" + (c.passed ? "true" : "false") +
            ",\"completion\":true,\"duration\":" + jsonString(isoDuration(c.durationMs)) + "}";
        const std::string who = learnerKey(c.learnerUuid, c.learnerId);
        const std::string actor = w.actor(who, c.learnerName);
        const std::string context = w.context(c.courseId, c.courseVersion, nullptr);
        const std::string subject = "completion " + c.uuid;
        w.statement(who, actor, "completed", subject, object, result, context, c.timestamp);
        w.statement(who, actor, c.passed ? "passed" : "failed", subject, object, result, context,
                    c.timestamp);
        ticker.tick();
        ticker.tick();
    }
    ticker.finish();
    return w.finish();
}

} // namespace kompis::core::exports
