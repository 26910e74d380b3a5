// Issue 14 point 1: the options of a choice item are shown in an order of the learner's own, the
// same whenever that learner meets the item again; and word order gives nothing away by case.
#include "core/session/ChoiceShuffle.hpp"

#include "SessionTestSupport.hpp"
#include "core/session/AnswerDraft.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

using namespace kompis;
namespace session = kompis::core::session;

namespace
{

core::Item singleWith(int options, bool shuffle = true)
{
    core::SingleChoice choice;
    for (int i = 0; i < options; ++i)
        choice.options.push_back(
            {core::LocalText::single("sv", "svar " + std::to_string(i)), i == 0, {}, {}, {}});
    core::Item item;
    item.body = std::move(choice);
    item.shuffle = shuffle;
    return item;
}

std::vector<int> shown(const core::Item& item, const std::string& learner, const std::string& id)
{
    return session::shownOptionOrder(item, session::shuffleSeed(learner, id));
}

bool isPermutation(std::vector<int> order, int n)
{
    std::sort(order.begin(), order.end());
    for (int i = 0; i < n; ++i)
        if (i >= int(order.size()) || order[std::size_t(i)] != i)
            return false;
    return int(order.size()) == n;
}

} // namespace

TEST_CASE("the stable hash gives the same numbers on every build, unlike std::hash")
{
    // FNV-1a 64 of "" and "a", as the algorithm defines them.
    CHECK(session::stableHash("") == 0xCBF29CE484222325ULL);
    CHECK(session::stableHash("a") == 0xAF63DC4C8601EC8CULL);
    // And so one fixed seed always gives one fixed order.
    CHECK(session::seededPermutation(5, "learner-1\x1Fhello-q1") ==
          session::seededPermutation(5, "learner-1\x1Fhello-q1"));
}

TEST_CASE("a learner sees an item's options in the same order every time they meet it")
{
    const auto item = singleWith(4);
    const auto first = shown(item, "0f8c-uuid-anna", "hello-q1");
    REQUIRE(isPermutation(first, 4));
    for (int again = 0; again < 5; ++again)
        CHECK(shown(item, "0f8c-uuid-anna", "hello-q1") == first);
    // The draft a session makes for the item carries the same order.
    CHECK(session::AnswerDraft::forItem(item, session::shuffleSeed("0f8c-uuid-anna", "hello-q1"))
              .optionOrder == first);
}

TEST_CASE("different learners see the options of one item in different orders")
{
    const auto item = singleWith(4);
    std::set<std::vector<int>> orders;
    for (int learner = 1; learner <= 20; ++learner)
        orders.insert(shown(item, session::learnerKey("", learner), "hello-q1"));
    // 20 learners over 24 possible orders: far more than one or two distinct ones.
    CHECK(orders.size() >= 8);
}

TEST_CASE("one learner sees the items of a lesson in different orders")
{
    const auto item = singleWith(3);
    std::set<std::vector<int>> orders;
    for (int q = 1; q <= 12; ++q)
        orders.insert(shown(item, "anna", "q" + std::to_string(q)));
    CHECK(orders.size() >= 4);
}

TEST_CASE("over many learners every option is shown first about equally often")
{
    const auto item = singleWith(4);
    std::vector<int> firstCount(4, 0);
    constexpr int kLearners = 4000;
    for (int learner = 0; learner < kLearners; ++learner)
    {
        const auto order = shown(item, "learner-" + std::to_string(learner), "hello-q1");
        REQUIRE(isPermutation(order, 4));
        ++firstCount[std::size_t(order.front())];
    }
    // Each is expected 1000 times; ±150 is more than six standard deviations.
    for (const int count : firstCount)
        CHECK(std::abs(count - kLearners / 4) < 150);
}

TEST_CASE("every option reaches every place over many seeds, for two to six options")
{
    for (int n = 2; n <= 6; ++n)
    {
        const auto item = singleWith(n);
        std::vector<std::set<int>> placesOf(static_cast<std::size_t>(n));
        for (int seed = 0; seed < 300; ++seed)
        {
            const auto order = shown(item, std::to_string(seed), "q");
            for (int place = 0; place < n; ++place)
                placesOf[std::size_t(order[std::size_t(place)])].insert(place);
        }
        for (const auto& places : placesOf)
            CHECK(int(places.size()) == n);
    }
}

TEST_CASE("shuffle=false keeps the author's order for every learner")
{
    const auto item = singleWith(4, false);
    for (int learner = 0; learner < 20; ++learner)
        CHECK(shown(item, std::to_string(learner), "scale-q") == std::vector<int>{0, 1, 2, 3});
}

TEST_CASE("multiple choice and listen-and-choose are shuffled too, other kinds have no options")
{
    const auto multiple = std::get<core::Item>(test::multipleStep("m", 2, 3).body);
    std::set<std::vector<int>> orders;
    for (int learner = 0; learner < 10; ++learner)
        orders.insert(shown(multiple, std::to_string(learner), "m"));
    CHECK(orders.size() > 1);

    core::Item listen;
    core::ListenChoose choose;
    choose.options = std::get<core::SingleChoice>(singleWith(3).body).options;
    listen.body = choose;
    CHECK(isPermutation(shown(listen, "anna", "l"), 3));

    core::Item truth;
    truth.body = core::TrueFalse{};
    CHECK(shown(truth, "anna", "t").empty());
}

TEST_CASE("a session orders choices by its learner: the same learner again, the same order")
{
    test::FakeProgress progress;
    session::ManualClock clock;
    std::vector<core::Step> steps;
    for (int q = 0; q < 6; ++q)
    {
        auto step = test::choiceStep("q" + std::to_string(q));
        auto& choice = std::get<core::SingleChoice>(std::get<core::Item>(step.body).body);
        choice.options.push_back({core::LocalText::single("sv", "tredje"), false, {}, {}, {}});
        choice.options.push_back({core::LocalText::single("sv", "fjärde"), false, {}, {}, {}});
        steps.push_back(std::move(step));
    }
    auto entry = test::courseEntry("c", {test::lessonSlot("l", steps)});
    const auto& slot = entry->course()->lessons[0];
    auto ordersOf = [&](std::int64_t learner, const std::string& uuid)
    {
        session::SessionContext context{&progress, &clock, learner, {}, uuid};
        std::vector<std::vector<int>> orders;
        for (const auto& step : session::visibleSteps(*entry, *slot.lesson, "sv"))
        {
            auto s = session::LessonSession::startReview(context, {step}, "sv");
            REQUIRE(s);
            orders.push_back(s->draft().optionOrder);
        }
        return orders;
    };
    CHECK(ordersOf(1, "uuid-anna") == ordersOf(1, "uuid-anna"));
    // The UUID decides, so the same learner on another PC (another local id) sees the same.
    CHECK(ordersOf(1, "uuid-anna") == ordersOf(9, "uuid-anna"));
    CHECK(ordersOf(1, "uuid-anna") != ordersOf(2, "uuid-omar"));
    CHECK(ordersOf(1, "") != ordersOf(2, ""));
}

TEST_CASE("a word-order token that only begins the sentence is shown with a small letter")
{
    CHECK(session::shownTokenText({"I morgon", false}) == "i morgon");
    CHECK(session::shownTokenText({"Jag", false}) == "jag");
    CHECK(session::shownTokenText({"Ärligt talat", false}) == "ärligt talat");
    CHECK(session::shownTokenText({"börjar", false}) == "börjar");
}

TEST_CASE("names and all-capital words keep their capital when shown")
{
    core::WordToken norge{"Norge", false};
    norge.keepCapital = true;
    CHECK(session::shownTokenText(norge) == "Norge");
    CHECK(session::shownTokenText({"NAV", false}) == "NAV");
    CHECK(session::shownTokenText({"CV:n", false}) == "CV:n");
}
