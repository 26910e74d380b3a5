// The teacher's list of learners on a school PC with many learners, as a teacher uses it: one
// page at a time, turning pages, and finding a learner by part of their name.
#include "ui/e2e/E2eSandbox.hpp"

#include <catch2/catch.hpp>
#include <cstdio>

using kompis::test::e2e::openStore;
using kompis::test::e2e::Sandbox;
namespace store = kompis::core::store;

namespace
{

/// A PC with the teacher PIN 1357 and `count` learners called "Learner 01", "Learner 02", …
/// plus Amal Hassan and Åsa Lind, who sort first and last.
void schoolPc(const Sandbox& box, int count)
{
    auto progress = openStore(box.store());
    (void)progress.setTeacherPin("1357", "", 0);
    std::vector<std::string> names{"Amal Hassan", "Åsa Lind"};
    for (int i = 1; i <= count; ++i)
    {
        char name[32];
        std::snprintf(name, sizeof name, "Learner %02d", i);
        names.emplace_back(name);
    }
    for (const auto& name : names)
        REQUIRE(progress.createLearner({name, "#3366cc", "en", std::nullopt}, 0));
}

constexpr const char* kOpenTeacherView = R"(expect-screen profiles
click teacher
type 1357
click teacher-unlock
)";

} // namespace

TEST_CASE("a PC with 45 learners shows the teacher twenty at a time, and the next page shows the "
          "next twenty")
{
    Sandbox box("teacher-pages");
    schoolPc(box, 43);
    const std::string script = std::string(kOpenTeacherView) + R"(expect-text Learners 1–20 of 45
expect-text Amal Hassan
expect-text Learner 19
expect-no-text Learner 20
expect-no-text Åsa Lind
click learners-next
expect-text Learners 21–40 of 45
expect-text Learner 20
expect-no-text Amal Hassan
click learners-next
expect-text Learners 41–45 of 45
expect-text Åsa Lind
click learners-previous
expect-text Learners 21–40 of 45
quit
)";
    const int status = box.run("pages", script);
    INFO(box.errors("pages"));
    CHECK(status == 0);
}

TEST_CASE("the teacher finds a learner by any part of their name, in any case, and renames them "
          "from the search")
{
    Sandbox box("teacher-search");
    schoolPc(box, 43);
    const std::string script = std::string(kOpenTeacherView) + R"(click learner-search
type ÅSA
expect-text Åsa Lind
expect-no-text Learner 01
expect-no-text Learners 1–20
click rename-2
type -Berg
click rename-save-2
expect-text Åsa Lind is now called Åsa Lind-Berg.
click learner-search
key Backspace
key Backspace
key Backspace
type zzz
expect-text No learner's name contains “zzz”.
quit
)";
    const int status = box.run("search", script);
    INFO(box.errors("search"));
    CHECK(status == 0);
    bool renamed = false;
    for (const auto& learner : openStore(box.store()).learners())
        renamed = renamed || learner.displayName == "Åsa Lind-Berg";
    CHECK(renamed);
}

TEST_CASE("a PC with few learners shows them all without a search field or pages")
{
    Sandbox box("teacher-few");
    schoolPc(box, 3);
    const std::string script = std::string(kOpenTeacherView) + R"(expect-text Åsa Lind
expect-text Learner 03
expect-no-text Find a learner by name
expect-no-text Learners 1–
quit
)";
    const int status = box.run("few", script);
    INFO(box.errors("few"));
    CHECK(status == 0);
}
