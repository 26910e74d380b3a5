#include "core/session/AnswerDraft.hpp"

#include "SessionTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace kompis;
namespace session = kompis::core::session;

TEST_CASE("word order and match pairs are shuffled the same way every time, never in written order")
{
    core::Item item;
    core::WordOrder w;
    for (const char* t : {"I morgon", "börjar", "jag", "klockan sju"})
        w.tokens.push_back({t, false});
    item.body = w;
    const auto a = session::AnswerDraft::forItem(item, "hello-q5");
    const auto b = session::AnswerDraft::forItem(item, "hello-q5");
    CHECK(a.tokenOrder == b.tokenOrder);
    CHECK(a.tokenOrder != std::vector<int>{0, 1, 2, 3});
    CHECK_FALSE(a.ready(item));
}

TEST_CASE("a draft is ready only when the learner has given something, and becomes the response")
{
    core::Item item;
    core::GapFill g;
    g.gaps.resize(2);
    item.body = g;
    auto d = session::AnswerDraft::forItem(item, "q");
    CHECK_FALSE(d.ready(item));
    d.texts[1] = "jobbar";
    CHECK(d.ready(item));
    CHECK(d.response().texts == std::vector<std::string>{"", "jobbar"});

    core::Item choice;
    choice.body = core::MultipleChoice{};
    auto c = session::AnswerDraft::forItem(choice, "m");
    c.choices = {3, 0};
    CHECK(c.response().choices == std::vector<int>{0, 3});
}

TEST_CASE("true/false is ready once a side is picked, word order once a token is placed")
{
    core::Item truth;
    truth.body = core::TrueFalse{};
    auto t = session::AnswerDraft::forItem(truth, "t");
    CHECK_FALSE(t.ready(truth));
    t.truth = false;
    CHECK(t.ready(truth));
    CHECK(t.response().truth == false);

    core::Item order;
    order.body = core::WordOrder{{{"jag", false}, {"jobbar", false}}, {{0, 1}}};
    auto w = session::AnswerDraft::forItem(order, "w");
    CHECK_FALSE(w.ready(order));
    w.placed = {1};
    CHECK(w.ready(order));
    CHECK(w.response().order == std::vector<int>{1});
}
