#include "core/export/CsvExport.hpp"

#include "core/export/Csv.hpp"
#include "core/store/StoreTestSupport.hpp"

#include <catch2/catch.hpp>
#include <sstream>

using namespace kompis::core;
using kompis::test::attempt;
using kompis::test::TempDir;
using kompis::test::testOptions;

namespace
{
// An independent RFC 4180 reader: records of fields, quotes doubled inside quoted fields.
std::vector<std::vector<std::string>> readCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        const char c = text[i];
        auto& field = rows.back().back();
        if (quoted)
        {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                field += c;
        }
        else if (c == '"')
            quoted = true;
        else if (c == ',')
            rows.back().emplace_back();
        else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            rows.emplace_back(1), ++i;
        else
            field += c;
    }
    if (rows.back().size() == 1 && rows.back()[0].empty())
        rows.pop_back();
    return rows;
}
} // namespace

TEST_CASE("CSV fields with commas, quotes or line breaks are quoted as RFC 4180 says")
{
    CHECK(exports::csvField("plain") == "plain");
    CHECK(exports::csvField("") == "");
    CHECK(exports::csvField("a,b") == "\"a,b\"");
    CHECK(exports::csvField("say \"hej\"") == "\"say \"\"hej\"\"\"");
    CHECK(exports::csvField("två\nrader") == "\"två\nrader\"");
    CHECK(exports::csvField("cr\r") == "\"cr\r\"");
    CHECK(exports::csvField("blåbär ø") == "blåbär ø");
    CHECK(exports::formatNumber(0.5) == "0.5");
    CHECK(exports::formatNumber(3) == "3");
}

TEST_CASE("the attempts CSV has a header and gives back typed answers exactly")
{
    TempDir dir;
    store::ProgressStore s(testOptions(dir / "p.sqlite"));
    const auto id = s.createLearner({"Åsa, \"Ø\"", "", "sv", std::nullopt}, 1800000000).id;
    const std::string typed = "Jag bor i Malmö, \"nära\" havet\nOch du?";
    auto a = attempt(id, "q,1", kompis::core::Outcome::Almost, 1800000000);
    a.response = typed;
    a.points = 0.5;
    REQUIRE(s.recordAttempt(a).saved);
    REQUIRE(s.recordAttempt(attempt(id, "q2", kompis::core::Outcome::Right, 1800000060)).saved);

    std::ostringstream out;
    CHECK(exports::writeAttemptsCsv(s, std::nullopt, out) == 2);
    const auto rows = readCsv(out.str());
    REQUIRE(rows.size() == 3);
    const std::vector<std::string> header{
        "attempt_id", "learner_id", "learner", "course",     "course_version", "lesson",   "item",
        "response",   "outcome",    "points",  "max_points", "time_ms",        "timestamp"};
    CHECK(rows[0] == header);
    REQUIRE(rows[1].size() == header.size());
    CHECK(rows[1][2] == "Åsa, \"Ø\"");
    CHECK(rows[1][6] == "q,1");
    CHECK(rows[1][7] == typed);
    CHECK(rows[1][8] == "almost");
    CHECK(rows[1][9] == "0.5");
    CHECK(rows[1][12] == "2027-01-15T08:00:00Z");
    CHECK(rows[2][8] == "right");
    // Every record ends in CRLF, including the last.
    CHECK(out.str().substr(out.str().size() - 2) == "\r\n");
}

TEST_CASE("the lesson summary CSV has one row per learner and lesson")
{
    TempDir dir;
    store::ProgressStore s(testOptions(dir / "p.sqlite"));
    const auto a = s.createLearner({"Amal", "", "sv", std::nullopt}, 1800000000).id;
    const auto b = s.createLearner({"Bo", "", "sv", std::nullopt}, 1800000000).id;
    REQUIRE(
        s.recordAttempt(attempt(a, "q1", kompis::core::Outcome::Right, 1800000000, "l1")).saved);
    REQUIRE(
        s.recordAttempt(attempt(a, "q2", kompis::core::Outcome::Wrong, 1800000010, "l1")).saved);
    REQUIRE(s.completeLesson(a, "svenska", "1.0.0", "l1", 0.5, false, 1000, 1800000020).saved);
    REQUIRE(s.setResumeStep(b, "svenska", "l2", 3, 1800000000).saved);

    std::ostringstream out;
    CHECK(exports::writeLessonSummaryCsv(s, std::nullopt, out) == 2);
    const auto rows = readCsv(out.str());
    REQUIRE(rows.size() == 3);
    CHECK(rows[0][0] == "learner_id");
    CHECK(rows[1][1] == "Amal");
    CHECK(rows[1][4] == "done");
    CHECK(rows[1][5] == "0.5");
    CHECK(rows[1][8] == "2");
    CHECK(rows[1][9] == "1");
    CHECK(rows[2][1] == "Bo");
    CHECK(rows[2][4] == "in progress");
    CHECK(rows[2][5] == "");
    CHECK(rows[2][7] == "3");

    std::ostringstream one;
    CHECK(exports::writeLessonSummaryCsv(s, b, one) == 1);
}

TEST_CASE("a typed answer or name that starts like a formula is exported as text, not run by "
          "the spreadsheet")
{
    CHECK(exports::csvTypedText("=HYPERLINK(\"http://x\",\"klicka\")") ==
          "'=HYPERLINK(\"http://x\",\"klicka\")");
    CHECK(exports::csvTypedText("+46 70 123") == "'+46 70 123");
    CHECK(exports::csvTypedText("-1") == "'-1");
    CHECK(exports::csvTypedText("@SUM(A1)") == "'@SUM(A1)");
    CHECK(exports::csvTypedText("\t=1") == "'\t=1");
    // Only the first character matters; ordinary answers are untouched.
    CHECK(exports::csvTypedText("Jag heter = Åsa") == "Jag heter = Åsa");
    CHECK(exports::csvTypedText("") == "");

    TempDir dir;
    store::ProgressStore s(testOptions(dir / "p.sqlite"));
    const auto id = s.createLearner({"=1+1", "", "sv", std::nullopt}, 1800000000).id;
    auto a = attempt(id, "q1", kompis::core::Outcome::Wrong, 1800000000);
    a.response = "=HYPERLINK(\"http://x\")";
    REQUIRE(s.recordAttempt(a).saved);
    REQUIRE(s.completeLesson(id, "svenska", "1.0.0", "l1", 0, false, 1000, 1800000020).saved);

    std::ostringstream attempts;
    exports::writeAttemptsCsv(s, std::nullopt, attempts);
    const auto rows = readCsv(attempts.str());
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][2] == "'=1+1");
    CHECK(rows[1][7] == "'=HYPERLINK(\"http://x\")");

    std::ostringstream summary;
    exports::writeLessonSummaryCsv(s, std::nullopt, summary);
    CHECK(readCsv(summary.str())[1][1] == "'=1+1");
}

TEST_CASE("the CSV reader takes quoted fields across lines and reports an unclosed quote's line")
{
    std::vector<exports::CsvRecord> records;
    int bad = 0;
    REQUIRE(exports::parseCsv("\xEF\xBB\xBF"
                              "a,b\r\n\"x,\"\"y\"\"\nz\",2\n\n3,\n",
                              records, bad));
    REQUIRE(records.size() == 3);
    CHECK(records[0].fields == std::vector<std::string>{"a", "b"});
    CHECK(records[1].fields == std::vector<std::string>{"x,\"y\"\nz", "2"});
    CHECK(records[1].line == 2);
    CHECK(records[2].fields == std::vector<std::string>{"3", ""});
    CHECK(records[2].line == 5);
    std::vector<exports::CsvRecord> none;
    CHECK_FALSE(exports::parseCsv("a\n\"open\n\n", none, bad));
    CHECK(bad == 2);
}

TEST_CASE("a written message is in the attempts CSV with its lines, as done")
{
    TempDir dir;
    store::ProgressStore s(testOptions(dir / "p.sqlite"));
    const auto id = s.createLearner({"Ali", "", "sv", std::nullopt}, 1800000000).id;
    auto a = attempt(id, "w-sick", Outcome::Done, 1800000000);
    a.response = "Hej Anna!\nJag är sjuk, \"tyvärr\".\nAli";
    a.maxPoints = 0;
    REQUIRE(s.recordAttempt(a).saved);
    std::ostringstream out;
    exports::writeAttemptsCsv(s, std::nullopt, out);
    const auto rows = readCsv(out.str());
    REQUIRE(rows.size() >= 2);
    CHECK(rows[1][7] == a.response);
    CHECK(rows[1][8] == "done");
}
