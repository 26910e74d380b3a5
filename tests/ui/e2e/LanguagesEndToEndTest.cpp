// The player in right-to-left and other-script interface languages (issue 16): started with
// --ui-language, it mirrors header and footer for Arabic and Dari, draws each line in its own
// direction, and keeps what a learner types (an Arabic name, a Persian ZWNJ) as typed.
#include "ui/e2e/E2eSandbox.hpp"

#include <catch2/catch.hpp>
using kompis::test::e2e::replaceInFile;
using kompis::test::e2e::Sandbox;

namespace
{

const std::string kZwnj = "\xE2\x80\x8C";

/// The learners the run left in the store: (name, interface language).
std::vector<std::pair<std::string, std::string>> learnersIn(const Sandbox& box)
{
    auto store = kompis::test::e2e::openStore(box.store());
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& learner : store.learners())
        out.emplace_back(learner.displayName, learner.uiLanguage);
    return out;
}

} // namespace

TEST_CASE("in Arabic the layout is mirrored, the caret moves on screen through an Arabic name, "
          "and the name is kept")
{
    Sandbox box("lang-ar");
    // Home puts the caret before the first letter, at the right end of the name; Left moves it
    // one letter left on screen (forward in the text), so Backspace takes the first letter.
    const std::string script = R"(expect-screen profiles
expect-direction rtl من يتعلّم اليوم؟
expect-left-of settings teacher
screenshot ar-profiles.png
click new-learner
expect-screen new-learner
click name
type أحمد
expect-direction rtl أحمد
key Home
key Left
key Backspace
expect-no-text أحمد
expect-text حمد
key Home
type أ
expect-text أحمد
screenshot ar-new-learner.png
click create
expect-screen library
expect-left-of settings switch-learner
expect-left-of progress switch-learner
expect-text أحمد
screenshot ar-library.png
click course-example
expect-screen course-map
click start
expect-screen lesson/hello-intro
expect-left-of next close-lesson
screenshot ar-lesson.png
quit
)";
    REQUIRE(box.run("ar", script, "--ui-language ar") == 0);
    CHECK(box.errors("ar").find("FAIL") == std::string::npos);
    const auto learners = learnersIn(box);
    REQUIRE(learners.size() == 1);
    CHECK(learners.front().first == "أحمد");
    CHECK(learners.front().second == "ar");
}

TEST_CASE("in Tigrinya the layout reads left to right and an Arabic name still runs right to "
          "left")
{
    Sandbox box("lang-ti");
    const std::string script = R"(expect-screen profiles
expect-direction ltr ሎሚ መን እዩ ዝመሃር ዘሎ?
expect-left-of teacher settings
screenshot ti-profiles.png
click new-learner
click name
type أحمد
expect-direction rtl أحمد
screenshot ti-new-learner.png
click create
expect-screen library
expect-left-of switch-learner settings
screenshot ti-library.png
click course-example
click start
expect-screen lesson/hello-intro
expect-left-of close-lesson next
screenshot ti-lesson.png
quit
)";
    REQUIRE(box.run("ti", script, "--ui-language ti") == 0);
    const auto learners = learnersIn(box);
    REQUIRE(learners.size() == 1);
    CHECK(learners.front().first == "أحمد");
    CHECK(learners.front().second == "ti");
}

TEST_CASE("in Arabic rows of answer buttons read from the right, while audio controls and "
          "Swedish letters stay left to right")
{
    Sandbox box("lang-ar-rows");
    std::string script = R"(expect-screen profiles
click new-learner
type Kim
click create
expect-screen library
click course-example
click start
expect-screen lesson/hello-intro
expect-left-of audio-hello-intro audio-hello-intro-slow
)";
    for (int step = 1; step <= 5; ++step)
        script += "click next\n";
    // The map picture stays centred and whole in a mirrored layout.
    script += "expect-screen lesson/hello-map\nexpect-inside picture-1\nclick next\n";
    for (int item = 1; item <= 2; ++item)
        script += "key 1\nclick check\nclick next\n";
    script += R"(expect-screen lesson/hello-q3
expect-left-of answer-false answer-true
screenshot ar-truefalse.png
key 1
click check
click next
expect-screen lesson/hello-q4
expect-left-of letter-å letter-ä
expect-left-of letter-é gap-1
screenshot ar-gapfill.png
quit
)";
    REQUIRE(box.run("ar-rows", script, "--ui-language ar") == 0);
    CHECK(box.errors("ar-rows").find("FAIL") == std::string::npos);
}

TEST_CASE("a glossary term in a line that runs right to left is highlighted and opens its "
          "meaning")
{
    Sandbox box("lang-term-rtl");
    // The example course with an Arabic name opening a paragraph, so the paragraph runs right
    // to left around its Swedish words and the term "fikarummet".
    const auto course = box.dir / "course";
    std::filesystem::copy(std::filesystem::path(KOMPIS_COURSES_DIR) / "example", course,
                          std::filesystem::copy_options::recursive);
    REQUIRE(replaceInFile(course / "lessons" / "hello.xml", "<p>De träffas i <term",
                          "<p>أحمد och Anna träffas i <term"));
    REQUIRE(replaceInFile(course / "course.xml", "id=\"example\"", "id=\"example-rtl\""));
    const std::string script = R"(expect-screen profiles
click new-learner
type Kim
click ui-en
click create
expect-screen library
click course-example-rtl
click start
expect-screen lesson/hello-intro
expect-direction rtl أحمد och Anna träffas i fikarummet.
expect-marked fikarummet
click term-g-fikarum
expect-text staff room, coffee room
screenshot term-rtl.png
quit
)";
    REQUIRE(box.run("term-rtl", script,
                    "--no-default-courses --course '" + course.string() + "'") == 0);
    CHECK(box.errors("term-rtl").find("FAIL") == std::string::npos);
}

TEST_CASE("an Arabic caption quoting Swedish runs right to left and wraps with each quotation "
          "whole")
{
    Sandbox box("lang-ar-quote");
    // Svenska på jobbet's fourth step: a picture whose Arabic caption quotes two Swedish
    // greetings; in a narrow window the caption wraps.
    const std::string script = R"(expect-screen profiles
click new-learner
type Kim
click create
expect-screen library
click course-svenska-pa-jobbet
click start
click next
click next
click next
expect-direction rtl يتصافح Lars
expect-text "Hej! Jag heter Lars."
screenshot ar-caption-quote.png
quit
)";
    const std::string extra = "--ui-language ar --size 800x700 --course '" +
                              std::string(KOMPIS_COURSES_DIR) + "/svenska-pa-jobbet'";
    REQUIRE(box.run("ar-quote", script, extra) == 0);
    CHECK(box.errors("ar-quote").find("FAIL") == std::string::npos);
}

TEST_CASE("a Persian zero-width non-joiner typed in Dari is kept in what is saved")
{
    Sandbox box("lang-fa");
    // مهر‌انگیز (Mehrangiz): the ZWNJ keeps مهر from joining انگیز.
    const std::string name = "مهر" + kZwnj + "انگیز";
    const std::string script = "expect-screen profiles\n"
                               "expect-left-of settings teacher\n"
                               "click new-learner\n"
                               "click name\n"
                               "type " +
                               name +
                               "\n"
                               "expect-text " +
                               name +
                               "\n"
                               "screenshot fa-new-learner.png\n"
                               "click create\n"
                               "expect-screen library\n"
                               "quit\n";
    REQUIRE(box.run("fa", script, "--ui-language fa-AF") == 0);
    const auto learners = learnersIn(box);
    REQUIRE(learners.size() == 1);
    CHECK(learners.front().first == name);
}

TEST_CASE("an unknown --ui-language stops the player with the list of known languages")
{
    Sandbox box("lang-unknown");
    CHECK(box.run("unknown", "quit\n", "--ui-language xx") == 2);
    const std::string errors = box.errors("unknown");
    CHECK(errors.find("unknown interface language 'xx'") != std::string::npos);
    for (const char* code : {"sv", "nb", "fi", "en", "ar", "fa-AF", "ti", "so", "uk"})
        CHECK(errors.find(code) != std::string::npos);
}
