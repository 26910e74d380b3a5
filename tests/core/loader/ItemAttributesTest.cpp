// The attributes issue 14 adds to items: shuffle on choice items, almost-credit on typed ones,
// and which word-order tokens keep their capital letter.
#include "LoaderTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace kompis;

namespace
{

constexpr const char* kHead = R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson id="base" format="1" minutes="10">
  <title><t lang="en">Base</t><t lang="fi">Pohja</t></title>
  <steps>
)";
constexpr const char* kTail = R"(  </steps>
</lesson>
)";
constexpr const char* kFeedback =
    R"(<feedback on="right"><t lang="en">Yes.</t><t lang="fi">Kyllä.</t></feedback>
      <feedback on="wrong"><t lang="en">No.</t><t lang="fi">Ei.</t></feedback>)";
constexpr const char* kPrompt =
    R"(<prompt><t lang="en">Answer.</t><t lang="fi">Vastaa.</t></prompt>)";

/// The items of a lesson made of `steps`, after checking it loads without diagnostics.
std::vector<core::Item> itemsOf(const std::string& steps)
{
    auto files = test::baseCourseFiles();
    files["lessons/base.xml"] = std::string(kHead) + steps + kTail;
    const auto load = test::loadFiles(files);
    INFO(test::describe(load.diagnostics));
    REQUIRE(load.diagnostics.empty());
    std::vector<core::Item> items;
    for (const auto& step : load.course->lessons.front().lesson->steps)
        if (const auto* item = step.item())
            items.push_back(*item);
    return items;
}

std::string choiceItem(const std::string& kind, const std::string& id,
                       const std::string& attributes, const std::string& audio = "")
{
    return "<" + kind + " id=\"" + id + "\" " + attributes + ">" + kPrompt + audio +
           R"(<option correct="true">Hej</option><option>Hej då</option>)" + kFeedback + "</" +
           kind + ">\n";
}

std::string wordOrder(const std::string& id, const std::string& tokens, const std::string& accepts)
{
    return "<wordorder id=\"" + id + "\">" + kPrompt + tokens + accepts + kFeedback +
           "</wordorder>\n";
}

} // namespace

TEST_CASE("choice items shuffle unless the author writes shuffle=\"false\"", "[loader]")
{
    const auto items =
        itemsOf(choiceItem("single", "s1", "") + choiceItem("multiple", "m1", "shuffle=\"false\"") +
                choiceItem("listen", "l1", "shuffle=\"true\"",
                           R"(<audio src="media/a.ogg" transcript="Hej, jag heter Anna."/>)"));
    REQUIRE(items.size() == 3);
    CHECK(items[0].shuffle);
    CHECK_FALSE(items[1].shuffle);
    CHECK(items[2].shuffle);
}

TEST_CASE("a typed item's almost-credit is read, and unset without the attribute", "[loader]")
{
    const std::string gap = std::string(R"(<gapfill id="g1" almost-credit="0.25">)") + kPrompt +
                            R"(<sentence>Jag <gap><accept>heter</accept></gap> Anna.</sentence>)" +
                            kFeedback + "</gapfill>\n" + R"(<gapfill id="g2">)" + kPrompt +
                            R"(<sentence>Jag <gap><accept>heter</accept></gap> Anna.</sentence>)" +
                            kFeedback + "</gapfill>\n";
    const auto items = itemsOf(gap);
    REQUIRE(items.size() == 2);
    REQUIRE(items[0].almostCredit);
    CHECK(*items[0].almostCredit == Approx(0.25));
    CHECK_FALSE(items[1].almostCredit);
}

TEST_CASE("word-order tokens that only begin a sentence lose their capital; names keep it",
          "[loader]")
{
    const auto items =
        itemsOf(wordOrder("w1",
                          "<token>I morgon</token><token>åker</token><token>jag</token>"
                          "<token>till</token><token>Norge</token>",
                          "<accept>I morgon åker jag till Norge</accept>"
                          "<accept>Jag åker till Norge i morgon</accept>") +
                wordOrder("w2",
                          "<token name=\"true\">Anna</token><token>jobbar</token><token>på</token>"
                          "<token>NAV</token>",
                          "<accept>Anna jobbar på NAV</accept>"));
    REQUIRE(items.size() == 2);
    const auto& first = std::get<core::WordOrder>(items[0].body).tokens;
    CHECK_FALSE(first[0].keepCapital); // I morgon: begins a sentence, small in the middle
    CHECK_FALSE(first[2].keepCapital); // jag
    CHECK(first[4].keepCapital);       // Norge: never begins a sentence
    const auto& second = std::get<core::WordOrder>(items[1].body).tokens;
    CHECK(second[0].keepCapital); // Anna, marked as a name
    CHECK_FALSE(second[1].keepCapital);
}

TEST_CASE("a name beginning one accepted sentence and inside another keeps its capital", "[loader]")
{
    const auto items =
        itemsOf(wordOrder("w3", "<token>Omar</token><token>ringer</token><token>i dag</token>",
                          "<accept>Omar ringer i dag</accept><accept>I dag ringer Omar</accept>"));
    REQUIRE(items.size() == 1);
    const auto& tokens = std::get<core::WordOrder>(items[0].body).tokens;
    CHECK(tokens[0].keepCapital);       // Omar is written with a capital mid-sentence
    CHECK_FALSE(tokens[2].keepCapital); // i dag only has one at the start
}
