// Course instructions in any language the course has (issue 16): a small course explains in
// English, Finnish and Arabic and gives its titles and goals also in Tigrinya. Each learner
// reads their own language where the course has it, then their second choice, then the
// course's first instruction language; the course map says which languages those are, and
// `kompis-author validate` warns only where the course promised a language.
#include "ui/e2e/E2eSandbox.hpp"

#include <catch2/catch.hpp>

using kompis::test::e2e::Sandbox;
namespace fs = std::filesystem;

namespace
{

const std::string kCourseId = "instruction-langs";

const std::string kCourseXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<course id="instruction-langs" version="1.0.0" format="1" targets="sv"
        instruction="en fi ar" overview="ti" level="A1">
  <title><t lang="en">Languages test</t><t lang="fi">Kielitesti</t>
    <t lang="ar">اختبار اللغات</t><t lang="ti">ፈተና ቋንቋታት</t></title>
  <description><t lang="en">One lesson, four languages.</t><t lang="fi">Yksi oppitunti.</t>
    <t lang="ar">درس واحد.</t><t lang="ti">ሓደ ትምህርቲ።</t></description>
  <topics>language</topics>
  <authors><author>Kompis tests</author></authors>
  <licence>CC0-1.0</licence>
  <lessons><lesson id="greet" file="lessons/greet.xml"/></lessons>
</course>
)";

// The second goal lacks Tigrinya (one warning); the prompt and feedback lack it too, which is
// fine: Tigrinya is only an overview language.
const std::string kLessonXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<lesson id="greet" format="1" minutes="5">
  <title><t lang="en">Greetings</t><t lang="fi">Tervehdykset</t><t lang="ar">التحيات</t>
    <t lang="ti">ሰላምታ</t></title>
  <goals>
    <goal><t lang="en">Say hello</t><t lang="fi">Sano hei</t><t lang="ar">قل مرحبا</t>
      <t lang="ti">ሰላም በል</t></goal>
    <goal><t lang="en">Say goodbye</t><t lang="fi">Sano hei hei</t><t lang="ar">قل وداعا</t></goal>
  </goals>
  <steps>
    <single id="greet-q1">
      <prompt><t lang="en">Which word is a greeting?</t><t lang="fi">Mikä sana on tervehdys?</t>
        <t lang="ar">أي كلمة هي تحية؟</t></prompt>
      <option correct="true">Hej</option>
      <option>Bord</option>
      <feedback on="right"><t lang="en">Yes.</t><t lang="fi">Kyllä.</t><t lang="ar">نعم.</t></feedback>
      <feedback on="wrong"><t lang="en">No.</t><t lang="fi">Ei.</t><t lang="ar">لا.</t></feedback>
    </single>
  </steps>
</lesson>
)";

fs::path writeCourse(const Sandbox& box)
{
    const fs::path course = box.dir / "langs";
    fs::create_directories(course / "lessons");
    std::ofstream(course / "course.xml") << kCourseXml;
    std::ofstream(course / "lessons" / "greet.xml") << kLessonXml;
    return course;
}

/// From the profile picker to the course map of the test course, as a new learner with
/// interface language `ui` and second choice `second` ("" for none).
std::string toCourseMap(const std::string& name, const std::string& ui, const std::string& second,
                        const std::string& inLibrary = {})
{
    return "expect-screen profiles\nclick new-learner\ntype " + name + "\nclick ui-" + ui +
           "\nclick second-" + (second.empty() ? "none" : second) +
           "\nclick create\nexpect-screen library\n" + inLibrary + "click course-" + kCourseId +
           "\nexpect-screen course-map\n";
}

const std::string kToPrompt = "click start\nexpect-screen lesson/greet-q1\n";

std::string run(const Sandbox& box, const std::string& name, const std::string& script)
{
    const fs::path course = writeCourse(box);
    const int status = box.run(name, script, "--course '" + course.string() + "'");
    const std::string errors = box.errors(name);
    INFO(errors);
    CHECK(status == 0);
    return errors;
}

} // namespace

TEST_CASE("an Arabic learner reads the Arabic prompt and the map names the course's languages")
{
    Sandbox box("instr-ar");
    run(box, "ar",
        toCourseMap("Amal", "ar", "",
                    "expect-text English, Suomi, العربية\nscreenshot ar-library.png\n") +
            R"(expect-text التحيات
expect-text English, Suomi, العربية
expect-text ትግርኛ
expect-no-text فستراه
screenshot ar-course-map.png
)" + kToPrompt +
            R"(expect-text أي كلمة هي تحية؟
expect-direction rtl أي كلمة هي تحية؟
expect-no-text Which word is a greeting?
screenshot ar-prompt.png
)");
    CHECK(fs::exists(box.dir / "ar-course-map.png"));
}

TEST_CASE("a Tigrinya learner with Finnish as second choice reads Tigrinya titles and the "
          "Finnish prompt")
{
    Sandbox box("instr-ti-fi");
    run(box, "ti-fi", toCourseMap("Tesfay", "ti", "fi") + R"(expect-text ሰላምታ
expect-text Suomi
screenshot ti-course-map.png
)" + kToPrompt + R"(expect-text Mikä sana on tervehdys?
expect-no-text Which word is a greeting?
)");
    auto store = kompis::test::e2e::openStore(box.store());
    const auto learners = store.learners();
    REQUIRE(learners.size() == 1);
    CHECK(learners.front().uiLanguage == "ti");
    CHECK(learners.front().secondLanguage == "fi");
}

TEST_CASE("a Tigrinya learner without a second choice reads the course's first instruction "
          "language")
{
    Sandbox box("instr-ti");
    run(box, "ti", toCourseMap("Selam", "ti", "") + R"(expect-text ሰላምታ
expect-text English
)" + kToPrompt + R"(expect-text Which word is a greeting?
expect-no-text Mikä sana on tervehdys?
)");
}

TEST_CASE("an Arabic prompt in a left-to-right interface keeps its own direction")
{
    // Somali is not a language of the course; Arabic, the second choice, is.
    Sandbox box("instr-so-ar");
    run(box, "so-ar", toCourseMap("Hodan", "so", "ar") + kToPrompt + R"(expect-text أي كلمة هي تحية؟
expect-direction rtl أي كلمة هي تحية؟
screenshot so-ar-prompt.png
)");
}

TEST_CASE("an English prompt in a right-to-left interface keeps its own direction")
{
    // Dari is not a language of the course and the learner chose no second language.
    Sandbox box("instr-fa-en");
    run(box, "fa-en",
        toCourseMap("Farid", "fa-AF", "") + kToPrompt + R"(expect-text Which word is a greeting?
expect-direction ltr Which word is a greeting?
screenshot fa-en-prompt.png
)");
}

TEST_CASE("the second choice is changed in settings and kept for the learner")
{
    Sandbox box("instr-settings");
    run(box, "settings", toCourseMap("Nour", "ti", "") + R"(click back
expect-screen library
click settings
expect-screen settings
click second-ar
screenshot settings.png
click settings-done
expect-screen library
click course-instruction-langs
expect-screen course-map
)" + kToPrompt + R"(expect-text أي كلمة هي تحية؟
)");
    auto store = kompis::test::e2e::openStore(box.store());
    CHECK(store.learners().front().secondLanguage == "ar");
}

TEST_CASE("kompis-author validate warns about the goal without Tigrinya and nothing else")
{
    Sandbox box("instr-validate");
    const fs::path course = writeCourse(box);
    const fs::path out = box.dir / "validate.out";
    const std::string command = std::string("'") + KOMPIS_AUTHOR_BIN + "' validate '" +
                                course.string() + "' >'" + out.string() + "' 2>&1";
    const int status = std::system(command.c_str());
    std::ifstream in(out);
    const std::string output{std::istreambuf_iterator<char>(in), {}};
    INFO(output);
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(output.find("greet.xml:8:") != std::string::npos);
    CHECK(output.find("<goal> has no ti text") != std::string::npos);
    CHECK(output.find("[lesson.missing-translation]") != std::string::npos);
    CHECK(output.find(": error:") == std::string::npos);
    CHECK(output.find("0 errors, 1 warning") != std::string::npos);
}
