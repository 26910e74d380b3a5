// Ten times the input must cost about ten times the time, not a hundred (issue 15): one test per
// family of hostile course files. Ratios, never absolute times; each test takes well under a
// few seconds.
#include "LoaderTestSupport.hpp"
#include "support/Scaling.hpp"

#include <catch2/catch.hpp>

using namespace kompis;

namespace
{

using Files = std::map<std::string, std::string>;

std::string courseXml(const std::string& lessons, const std::string& title = "Base")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<course id=\"scale\" version=\"1.0.0\" format=\"1\" targets=\"sv\" instruction=\"en\" "
           "level=\"A1\">\n<title>" +
           title +
           "</title><description>d</description><topics>workplace</topics>"
           "<authors><author>a</author></authors><licence>CC0-1.0</licence>\n<lessons>\n" +
           lessons + "</lessons>\n</course>\n";
}

Files courseOnly(const std::string& lessons, const std::string& title = "Base")
{
    return {{"course.xml", courseXml(lessons, title)}};
}

Files lessonWithBody(const std::string& body)
{
    return {{"course.xml", courseXml("<lesson id=\"a\" file=\"lessons/a.xml\"/>\n")},
            {"lessons/a.xml", "<lesson id=\"a\" format=\"1\" minutes=\"5\"><title>T</title>"
                              "<steps><text id=\"s\"><p>Hej</p></text></steps>" +
                                  body + "</lesson>"}};
}

void checkLinearLoad(std::size_t n, const std::function<Files(std::size_t)>& make,
                     bool loadLessons = true)
{
    const double ratio = test::tenfoldCostRatio(n, make,
                                                [&](const Files& files)
                                                {
                                                    const auto load = test::loadFiles(
                                                        files, {.loadLessons = loadLessons});
                                                    REQUIRE(!load.diagnostics.empty());
                                                });
    INFO("tenfold input, cost ratio " << ratio);
    CHECK(ratio < test::kLinearBound);
}

} // namespace

TEST_CASE("unknown prerequisites cost time linear in their number", "[loader][scaling]")
{
    checkLinearLoad(
        100,
        [](std::size_t lessons)
        {
            std::string xml;
            for (std::size_t i = 0; i < lessons; ++i)
            {
                xml += "<lesson id=\"lesson-" + std::to_string(i) + "\" file=\"lessons/l" +
                       std::to_string(i) + ".xml\" requires=\"";
                for (int k = 0; k < 32; ++k)
                    xml += "lessom-" + std::to_string(i * 32 + k) + " ";
                xml += "\"/>\n";
            }
            return courseOnly(xml);
        },
        false);
}

TEST_CASE("a chain of lessons requiring each other costs time linear in its length",
          "[loader][scaling]")
{
    checkLinearLoad(
        100,
        [](std::size_t lessons)
        {
            std::string xml;
            for (std::size_t i = 0; i < lessons; ++i)
                xml += "<lesson id=\"l" + std::to_string(i) + "\" file=\"lessons/l" +
                       std::to_string(i) + ".xml\" requires=\"l" +
                       std::to_string((i + 1) % lessons) + "\"/>\n";
            return courseOnly(xml);
        },
        false);
}

TEST_CASE("one lesson file listed many times costs time linear in the listings",
          "[loader][scaling]")
{
    checkLinearLoad(100,
                    [](std::size_t listings)
                    {
                        std::string xml;
                        for (std::size_t i = 0; i < listings; ++i)
                            xml += "<lesson id=\"l" + std::to_string(i) +
                                   "\" file=\"lessons/a.xml\"/>\n";
                        auto files = lessonWithBody("");
                        files["course.xml"] = courseXml(xml);
                        return files;
                    });
}

TEST_CASE("unknown elements on one line cost time linear in their number", "[loader][scaling]")
{
    checkLinearLoad(5000,
                    [](std::size_t elements)
                    {
                        std::string body;
                        for (std::size_t i = 0; i < elements; ++i)
                            body += "<b" + std::to_string(i) + "/>";
                        return lessonWithBody(body);
                    });
}

TEST_CASE("unknown attributes on one element cost time linear in their number", "[loader][scaling]")
{
    checkLinearLoad(20000,
                    [](std::size_t attributes)
                    {
                        std::string tag = "<glossary";
                        for (std::size_t i = 0; i < attributes; ++i)
                            tag += " a" + std::to_string(i) + "=\"x\"";
                        return lessonWithBody(tag + "/>");
                    });
}

TEST_CASE("bad references on one line cost time linear in their number", "[loader][scaling]")
{
    checkLinearLoad(5000,
                    [](std::size_t references)
                    {
                        std::string text = "<p>";
                        for (std::size_t i = 0; i < references; ++i)
                            text += i % 2 ? "&auml;" : "& ";
                        return lessonWithBody(text + "</p>");
                    });
}

TEST_CASE("a long title costs time linear in its length", "[loader][scaling]")
{
    checkLinearLoad(
        20000,
        [](std::size_t characters) {
            return courseOnly("<lesson id=\"a\" file=\"lessons/a.xml\"/>\n",
                              std::string(characters, 'x'));
        },
        false);
}
