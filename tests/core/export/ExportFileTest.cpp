// Issue 15: exports report progress, can be cancelled, never leave a partial file under the
// final name, and refuse what xAPI cannot express.
#include "core/export/ExportFile.hpp"

#include "MiniJson.hpp"
#include "core/export/Iri.hpp"
#include "core/store/StoreTestSupport.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace kompis::core;
using kompis::test::attempt;
using kompis::test::TempDir;
using kompis::test::testOptions;
namespace fs = std::filesystem;

namespace
{
constexpr std::int64_t kNow = 1'800'000'000;

std::int64_t learnerWith(store::ProgressStore& s, int answers, std::int64_t ts = kNow)
{
    const auto id = s.createLearner({"Jana", "", "sv", std::nullopt}, kNow).id;
    for (int i = 0; i < answers; ++i)
        REQUIRE(s.recordAttempt(attempt(id, std::to_string(i), kompis::core::Outcome::Right, ts))
                    .saved);
    return id;
}

std::string slurp(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
} // namespace

TEST_CASE("an export reports its progress up to the total, for a progress bar")
{
    TempDir dir;
    store::ProgressStore s(testOptions(dir / "p.sqlite"));
    learnerWith(s, 250);
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    exports::ExportRequest request;
    request.format = exports::ExportFormat::Xapi;
    request.progress = [&](std::size_t done, std::size_t total)
    {
        calls.emplace_back(done, total);
        return true;
    };
    const auto outcome = exports::exportToFile(s, request, dir / "out.json");
    REQUIRE(outcome.written);
    CHECK(outcome.count == 250);
    REQUIRE(calls.size() == 3);
    CHECK(calls[0] == std::pair<std::size_t, std::size_t>{100, 250});
    CHECK(calls.back() == std::pair<std::size_t, std::size_t>{250, 250});
    CHECK(kompis::test::parseJson(slurp(dir / "out.json")).isArray());
    CHECK((fs::status(dir / "out.json").permissions() & fs::perms::all) == fs::perms(0600));
}

TEST_CASE("a cancelled or killed export leaves no partial file under the chosen name")
{
    TempDir dir;
    store::ProgressStore s(testOptions(dir / "p.sqlite"));
    learnerWith(s, 250);
    const auto target = dir / "class.csv";
    std::ofstream(target) << "last week's complete export\n";
    std::ofstream(dir / "class.csv.part") << "left by a killed export"; // cleaned on the next run
    exports::ExportRequest request;
    request.progress = [](std::size_t done, std::size_t) { return done < 200; };
    const auto outcome = exports::exportToFile(s, request, target);
    CHECK(outcome.cancelled);
    CHECK_FALSE(outcome.written);
    CHECK(slurp(target) == "last week's complete export\n");
    CHECK_FALSE(fs::exists(dir / "class.csv.part"));
}

TEST_CASE("xAPI export refuses a timestamp outside the years 0000-9999 and writes nothing")
{
    TempDir dir;
    store::ProgressStore s(testOptions(dir / "p.sqlite"));
    learnerWith(s, 1, 253402300800); // year 10000
    exports::ExportRequest request;
    request.format = exports::ExportFormat::Xapi;
    const auto outcome = exports::exportToFile(s, request, dir / "out.json");
    CHECK_FALSE(outcome.written);
    CHECK(outcome.error.find("0000-9999") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out.json"));
    CHECK_FALSE(fs::exists(dir / "out.json.part"));
}

TEST_CASE("home page and activity base must have the shape of an IRI")
{
    CHECK(exports::iriProblem("https://skola.example/elever").empty());
    CHECK(exports::iriProblem("urn:kompis:klass-3").empty());
    CHECK(exports::iriProblem("https://skola.example/elev/Åsa%20B").empty());
    CHECK_FALSE(exports::iriProblem("").empty());
    CHECK_FALSE(exports::iriProblem("skola.example").empty());
    CHECK_FALSE(exports::iriProblem("1http://x").empty());
    CHECK_FALSE(exports::iriProblem("https:").empty());
    CHECK_FALSE(exports::iriProblem("https://x y").empty());
    CHECK_FALSE(exports::iriProblem("https://x\ny").empty());
    CHECK_FALSE(exports::iriProblem("https://x/\x7f").empty());
    CHECK_FALSE(exports::iriProblem("https://x/\xc2\x85").empty());     // C1 control
    CHECK_FALSE(exports::iriProblem("https://x/\xe2\x80\xae").empty()); // bidi override
    CHECK_FALSE(exports::iriProblem("https://x/<a>").empty());
    CHECK_FALSE(exports::iriProblem("https://x/%zz").empty());
    CHECK_FALSE(exports::iriProblem("https://x/%4").empty());
    CHECK_FALSE(exports::iriProblem("https://x/\xff").empty());
    TempDir dir;
    store::ProgressStore s(testOptions(dir / "p.sqlite"));
    exports::ExportRequest request;
    request.format = exports::ExportFormat::Xapi;
    request.xapi.homePage = "min skola";
    std::ostringstream out;
    const auto outcome = exports::exportToStream(s, request, out);
    CHECK_FALSE(outcome.written);
    CHECK(outcome.error.find("not an IRI") != std::string::npos);
    CHECK(out.str().empty());
}
