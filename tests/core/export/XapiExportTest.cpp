#include "core/export/XapiExport.hpp"

#include "MiniJson.hpp"
#include "core/export/NameUuid.hpp"
#include "core/store/StoreTestSupport.hpp"
#include "core/util/Json.hpp"

#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <sstream>

using namespace kompis::core;
using namespace kompis::core::util;
using kompis::test::attempt;
using kompis::test::JsonValue;
using kompis::test::parseJson;
using kompis::test::TempDir;
using kompis::test::testOptions;

namespace
{
bool absoluteIri(const std::string& s)
{
    static const std::regex scheme("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$");
    return std::regex_match(s, scheme);
}

// The parts of xAPI 1.0.3 (Data section 2.4) that every statement we write must satisfy.
void checkStatement(const JsonValue& st)
{
    REQUIRE(st.isObject());
    CHECK(st["version"].str() == "1.0.3");
    // Data 2.4.1: a UUID in RFC 4122 form; ours are name-based (version 5).
    static const std::regex uuid(
        "^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    CHECK(std::regex_match(st["id"].str(), uuid));
    const auto& actor = st["actor"];
    CHECK(actor["objectType"].str() == "Agent");
    // An Agent has exactly one inverse functional identifier: here the account.
    CHECK_FALSE(actor.has("mbox"));
    CHECK(absoluteIri(actor["account"]["homePage"].str()));
    CHECK_FALSE(actor["account"]["name"].str().empty());
    const auto& verb = st["verb"];
    static const std::set<std::string> verbs{
        "http://adlnet.gov/expapi/verbs/answered", "http://adlnet.gov/expapi/verbs/completed",
        "http://adlnet.gov/expapi/verbs/passed", "http://adlnet.gov/expapi/verbs/failed"};
    CHECK(verbs.count(verb["id"].str()) == 1);
    CHECK(verb["display"]["en-US"].isString());
    CHECK(st["object"]["objectType"].str() == "Activity");
    CHECK(absoluteIri(st["object"]["id"].str()));
    CHECK(absoluteIri(st["object"]["definition"]["type"].str()));
    const auto& result = st["result"];
    const double scaled = result["score"]["scaled"].number();
    CHECK(scaled >= -1.0);
    CHECK(scaled <= 1.0);
    if (result["score"].has("raw"))
    {
        CHECK(result["score"]["raw"].number() >= result["score"]["min"].number());
        CHECK(result["score"]["raw"].number() <= result["score"]["max"].number());
    }
    CHECK(result["success"].isBool());
    static const std::regex duration("^PT(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,2})?S)?$");
    CHECK(std::regex_match(result["duration"].str(), duration));
    static const std::regex timestamp("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$");
    CHECK(std::regex_match(st["timestamp"].str(), timestamp));
    for (const auto& [kind, list] : st["context"]["contextActivities"].object())
        for (const auto& a : list.array())
            CHECK(absoluteIri(a["id"].str()));
    for (const auto& [key, value] : st["context"]["extensions"].object())
        CHECK(absoluteIri(key));
}
} // namespace

TEST_CASE("xAPI durations are ISO 8601 with centisecond precision")
{
    CHECK(util::isoDuration(0) == "PT0S");
    CHECK(util::isoDuration(7300) == "PT7.3S");
    CHECK(util::isoDuration(60000) == "PT1M");
    CHECK(util::isoDuration(3723450) == "PT1H2M3.45S");
    CHECK(util::iriSegment("lektion 1/å") == "lektion%201%2F%C3%A5");
}

TEST_CASE("JSON strings escape quotes, backslashes and control characters, and repair bad UTF-8")
{
    CHECK(util::jsonString("a\"b\\c") == R"("a\"b\\c")");
    CHECK(util::jsonString("rad\nrad\t\x01") == R"("rad\nrad\t\u0001")");
    CHECK(util::jsonString("blåbär") == "\"blåbär\"");
    CHECK(util::jsonString("bad \xC3 byte") == R"("bad \ufffd byte")");
    CHECK(util::jsonString("\xED\xA0\x80") == R"("\ufffd\ufffd\ufffd")"); // a UTF-16 surrogate
}

TEST_CASE("xAPI export gives valid 1.0.3 statements: answered per attempt, completed and "
          "passed or failed per lesson")
{
    TempDir dir;
    store::ProgressStore s(testOptions(dir / "p.sqlite"));
    const auto id = s.createLearner({"Åsa \"A\"", "", "sv", std::nullopt}, 1800000000).id;
    auto a = attempt(id, "fråga 1", kompis::core::Outcome::Almost, 1800000000, "l1",
                     "svenska-på-jobbet");
    a.response = "Hej \"chefen\"\\\n\x02 tack";
    a.points = 1;
    a.maxPoints = 2;
    a.timeSpentMs = 7300;
    REQUIRE(s.recordAttempt(a).saved);
    REQUIRE(s.recordAttempt(attempt(id, "q2", kompis::core::Outcome::Right, 1800000060)).saved);
    REQUIRE(s.completeLesson(id, "svenska", "1.0.0", "l1", 0.4, false, 65000, 1800000100).saved);

    exports::XapiOptions options;
    options.homePage = "https://skola.example/lms";
    options.activityBase = "https://skola.example/kompis/";
    std::ostringstream out;
    CHECK(exports::writeXapiStatements(s, std::nullopt, options, out) == 4);
    const JsonValue doc = parseJson(out.str());
    REQUIRE(doc.isArray());
    REQUIRE(doc.array().size() == 4);
    for (const auto& st : doc.array())
        checkStatement(st);

    const auto& answered = doc.array()[0];
    CHECK(answered["verb"]["id"].str() == "http://adlnet.gov/expapi/verbs/answered");
    CHECK(answered["actor"]["name"].str() == "Åsa \"A\"");
    CHECK(answered["actor"]["account"]["homePage"].str() == "https://skola.example/lms");
    CHECK(answered["actor"]["account"]["name"].str() == s.learner(id)->uuid);
    CHECK(answered["object"]["id"].str() ==
          "https://skola.example/kompis/courses/svenska-p%C3%A5-jobbet/items/fr%C3%A5ga%201");
    CHECK(answered["result"]["response"].str() == a.response);
    CHECK(answered["result"]["score"]["scaled"].number() == 0.5);
    CHECK(answered["result"]["success"].boolean() == false);
    CHECK(answered["result"]["duration"].str() == "PT7.3S");
    CHECK(answered["timestamp"].str() == "2027-01-15T08:00:00Z");
    CHECK(answered["context"]["contextActivities"]["parent"].array().at(0)["id"].str() ==
          "https://skola.example/kompis/courses/svenska-p%C3%A5-jobbet/lessons/l1");
    CHECK(doc.array()[1]["result"]["success"].boolean() == true);

    const auto& completed = doc.array()[2];
    CHECK(completed["verb"]["id"].str() == "http://adlnet.gov/expapi/verbs/completed");
    CHECK(completed["object"]["id"].str() ==
          "https://skola.example/kompis/courses/svenska/lessons/l1");
    CHECK(completed["result"]["completion"].boolean());
    CHECK(completed["result"]["score"]["scaled"].number() == 0.4);
    CHECK(completed["result"]["duration"].str() == "PT1M5S");
    CHECK(doc.array()[3]["verb"]["id"].str() == "http://adlnet.gov/expapi/verbs/failed");

    std::set<std::string> ids;
    for (const auto& st : doc.array())
        ids.insert(st["id"].str());
    CHECK(ids.size() == 4);
}

TEST_CASE("exporting the same answers twice gives the same statement ids, so an LRS stores "
          "them once")
{
    TempDir dir;
    store::ProgressStore s(testOptions(dir / "p.sqlite"));
    const auto id = s.createLearner({"Bo", "", "sv", std::nullopt}, 1800000000).id;
    REQUIRE(s.recordAttempt(attempt(id, "q1", kompis::core::Outcome::Right, 1800000000)).saved);
    REQUIRE(s.completeLesson(id, "svenska", "1.0.0", "l1", 1.0, true, 1000, 1800000100).saved);

    const auto ids = [&](const exports::XapiOptions& options)
    {
        std::ostringstream out;
        exports::writeXapiStatements(s, std::nullopt, options, out);
        std::vector<std::string> list;
        const JsonValue doc = parseJson(out.str());
        for (const auto& st : doc.array())
            list.push_back(st["id"].str());
        return list;
    };
    exports::XapiOptions school;
    school.homePage = "https://skola.example/lms";
    const auto first = ids(school);
    REQUIRE(first.size() == 3);
    CHECK(ids(school) == first);

    // A later answer adds a statement and leaves the earlier ids alone.
    REQUIRE(s.recordAttempt(attempt(id, "q2", kompis::core::Outcome::Wrong, 1800000200)).saved);
    const auto later = ids(school);
    REQUIRE(later.size() == 4);
    CHECK(later[0] == first[0]);
    CHECK(std::set<std::string>(later.begin(), later.end()).size() == 4);

    // Learner 1 of another school's PC is someone else: other ids.
    exports::XapiOptions other;
    other.homePage = "https://annan-skola.example/lms";
    CHECK(ids(other)[0] != first[0]);
}

TEST_CASE("learner 1 with answer 1 on two PCs of one school are two people and two statements "
          "in the exports")
{
    TempDir dir;
    const auto exportOf = [&](const std::string& file)
    {
        store::ProgressStore s(testOptions(dir / file));
        const auto id = s.createLearner({"Bo", "", "sv", std::nullopt}, 1800000000).id;
        REQUIRE(id == 1);
        REQUIRE(s.recordAttempt(attempt(id, "q1", kompis::core::Outcome::Right, 1800000000)).saved);
        REQUIRE(s.completeLesson(id, "svenska", "1.0.0", "l1", 1.0, true, 1000, 1800000100));
        std::ostringstream out;
        exports::XapiOptions school;
        school.homePage = "https://skola.example/lms";
        exports::writeXapiStatements(s, std::nullopt, school, out);
        return parseJson(out.str());
    };
    const JsonValue pc1 = exportOf("pc1.sqlite");
    const JsonValue pc2 = exportOf("pc2.sqlite");
    REQUIRE(pc1.array().size() == 3);
    REQUIRE(pc2.array().size() == 3);
    const std::regex uuid4("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    const std::string actor1 = pc1.array()[0]["actor"]["account"]["name"].str();
    const std::string actor2 = pc2.array()[0]["actor"]["account"]["name"].str();
    CHECK(std::regex_match(actor1, uuid4));
    CHECK(actor1 != actor2);
    std::set<std::string> ids;
    for (const auto* doc : {&pc1, &pc2})
        for (const auto& st : doc->array())
            ids.insert(st["id"].str());
    CHECK(ids.size() == 6);
}

TEST_CASE("SHA-1 and version 5 UUIDs match the published test vectors")
{
    const auto hex = [](const std::array<std::uint8_t, 20>& d)
    {
        std::string s;
        for (const auto b : d)
            s += "0123456789abcdef"[b >> 4], s += "0123456789abcdef"[b & 15];
        return s;
    };
    // FIPS 180 examples, including the two-block message and a million 'a's.
    CHECK(hex(exports::sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
    CHECK(hex(exports::sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    CHECK(hex(exports::sha1(std::string(1000000, 'a'))) ==
          "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
    CHECK(hex(exports::sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    // RFC 4122's DNS namespace; the values are Python's uuid.uuid5.
    const std::string_view dns = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
    CHECK(exports::nameUuidV5(dns, "www.example.com") == "2ed6657d-e927-568b-95e1-2665a8aea6a2");
    CHECK(exports::nameUuidV5("6ba7b811-9dad-11d1-80b4-00c04fd430c8",
                              "https://kompis.invalid/blåbär") ==
          "8596260d-98fc-568a-b6e3-570ab6474597");
    CHECK_THROWS_AS(exports::nameUuidV5("not-a-uuid", "x"), std::invalid_argument);
}

TEST_CASE("xAPI export of a learner without answers is an empty array, names can be left out")
{
    TempDir dir;
    store::ProgressStore s(testOptions(dir / "p.sqlite"));
    const auto id = s.createLearner({"Bo", "", "sv", std::nullopt}, 1800000000).id;
    std::ostringstream empty;
    CHECK(exports::writeXapiStatements(s, id, {}, empty) == 0);
    CHECK(parseJson(empty.str()).array().empty());

    REQUIRE(s.completeLesson(id, "svenska", "1", "l1", 1.0, true, 1000, 1800000000).saved);
    exports::XapiOptions options;
    options.includeNames = false;
    std::ostringstream out;
    CHECK(exports::writeXapiStatements(s, id, options, out) == 2);
    const auto doc = parseJson(out.str());
    CHECK_FALSE(doc.array()[0]["actor"].has("name"));
    CHECK(doc.array()[1]["verb"]["id"].str() == "http://adlnet.gov/expapi/verbs/passed");
}

TEST_CASE("a written message is exported as completed with its text, never as passed or failed")
{
    TempDir dir;
    store::ProgressStore s(testOptions(dir / "p.sqlite"));
    const auto id = s.createLearner({"Ali", "", "sv", std::nullopt}, 1800000000).id;
    auto a = attempt(id, "w-sick", kompis::core::Outcome::Done, 1800000000);
    a.response = "Hej Anna!\nJag är sjuk i dag.\nAli";
    a.points = 0;
    a.maxPoints = 0;
    REQUIRE(s.recordAttempt(a).saved);
    std::ostringstream out;
    REQUIRE(exports::writeXapiStatements(s, std::nullopt, {}, out) == 1);
    const JsonValue doc = parseJson(out.str());
    const auto& result = doc.array()[0]["result"];
    CHECK(result["response"].str() == a.response);
    CHECK(result["completion"].boolean());
    CHECK_FALSE(result.has("success"));
    CHECK_FALSE(result.has("score"));
}
