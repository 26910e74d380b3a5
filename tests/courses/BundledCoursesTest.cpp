// The bundled courses are half the product: they must load cleanly with the one loader and
// be as large as issue 6 promises learners.
#include "core/loader/CourseLoader.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

using namespace kompis;

namespace
{

struct CourseFigures
{
    std::size_t lessons = 0;
    std::size_t minItemsPerLesson = SIZE_MAX;
    int minMinutes = INT_MAX;
    int maxMinutes = 0;
    std::size_t vocabulary = 0;
    std::size_t vocabularyWithoutArticle = 0;
    std::set<std::size_t> stepKinds;
    std::set<std::string> itemKinds;
};

CourseFigures figuresOf(const core::Course& course)
{
    CourseFigures figures;
    for (const auto& slot : course.lessons)
    {
        REQUIRE(slot.lesson);
        ++figures.lessons;
        figures.minMinutes = std::min(figures.minMinutes, slot.lesson->minutes);
        figures.maxMinutes = std::max(figures.maxMinutes, slot.lesson->minutes);
        std::size_t items = 0;
        for (const auto& step : slot.lesson->steps)
        {
            figures.stepKinds.insert(step.body.index());
            if (const auto* item = step.item())
            {
                ++items;
                figures.itemKinds.insert(core::itemKindName(item->body));
            }
            if (const auto* vocabulary = std::get_if<core::VocabularyStep>(&step.body))
                for (const auto& entry : vocabulary->entries)
                {
                    ++figures.vocabulary;
                    if (entry.partOfSpeech == "noun" && entry.article == core::Article::None)
                        ++figures.vocabularyWithoutArticle;
                }
        }
        figures.minItemsPerLesson = std::min(figures.minItemsPerLesson, items);
    }
    return figures;
}

core::CourseLoad loadBundled(const std::string& name)
{
    const core::DirectoryPackage package(std::string(KOMPIS_COURSES_DIR) + "/" + name);
    return core::loadCourse(package);
}

std::string describe(const std::vector<core::Diagnostic>& diagnostics)
{
    std::string text;
    for (std::size_t i = 0; i < diagnostics.size() && i < 30; ++i)
        text += core::formatDiagnostic(diagnostics[i]) + "\n";
    return text;
}

} // namespace

TEST_CASE("every bundled course loads with no errors and no warnings", "[courses]")
{
    std::size_t courses = 0;
    for (const auto& entry : std::filesystem::directory_iterator(KOMPIS_COURSES_DIR))
    {
        if (!std::filesystem::exists(entry.path() / "course.xml"))
            continue;
        ++courses;
        DYNAMIC_SECTION(entry.path().filename().string())
        {
            const auto load = loadBundled(entry.path().filename().string());
            INFO(describe(load.diagnostics));
            CHECK(load.diagnostics.empty());
            CHECK(load.usable());
        }
    }
    CHECK(courses >= 5);
}

TEST_CASE("each of the five bundled courses has at least 8 lessons of 10 to 20 minutes with 12 "
          "quiz items each",
          "[courses]")
{
    for (const auto* name : {"svenska-pa-jobbet", "norsk-pa-jobben", "jobba-i-norden",
                             "agenda-2030", "svenska-pa-jobbet-b1"})
        DYNAMIC_SECTION(name)
        {
            const auto load = loadBundled(name);
            REQUIRE(load.usable());
            const auto figures = figuresOf(*load.course);
            CHECK(figures.lessons >= 8);
            CHECK(figures.minItemsPerLesson >= 12);
            CHECK(figures.minMinutes >= 10);
            CHECK(figures.maxMinutes <= 20);
            CHECK(figures.stepKinds.size() == std::variant_size_v<core::StepBody>);
            // Writing and speaking items (issue 17) are new: the courses get them with their
            // second version (issue 19); until then every other kind is used.
            constexpr std::size_t kNotYetInCourses = 2;
            CHECK(figures.itemKinds.size() >=
                  std::variant_size_v<core::ItemBody> - kNotYetInCourses);
        }
}

TEST_CASE("the Swedish and Norwegian courses together teach at least 400 words, every noun with "
          "its article",
          "[courses]")
{
    const auto swedish = loadBundled("svenska-pa-jobbet");
    const auto norwegian = loadBundled("norsk-pa-jobben");
    REQUIRE(swedish.usable());
    REQUIRE(norwegian.usable());
    const auto sv = figuresOf(*swedish.course);
    const auto nb = figuresOf(*norwegian.course);
    CHECK(sv.vocabulary + nb.vocabulary >= 400);
    CHECK(sv.vocabularyWithoutArticle == 0);
    CHECK(nb.vocabularyWithoutArticle == 0);
    CHECK(swedish.course->targets == std::vector<std::string>{"sv"});
    CHECK(norwegian.course->targets == std::vector<std::string>{"nb"});
}
