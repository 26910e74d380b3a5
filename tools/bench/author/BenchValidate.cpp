// Validation speed on a large generated package (500 lessons, 20,000 items, tens of MB of XML):
// the loader, which does far more checks, against `xmllint --noout --schema` on the same files.
#include "BenchReport.hpp"
#include "core/loader/CourseLoader.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

namespace
{

constexpr int kLessons = 500;
constexpr int kItemsPerLesson = 40;
constexpr int kWordsPerLesson = 40;

std::string en(const std::string& text)
{
    return "<t lang=\"en\">" + text + "</t><t lang=\"fi\">" + text + " (fi)</t>";
}

std::string feedback()
{
    return "      <feedback on=\"right\">" + en("Right: that is how you say it at work.") +
           "</feedback>\n      <feedback on=\"wrong\">" +
           en("Not quite: read the dialogue again.") + "</feedback>\n";
}

/// One of six item kinds, cycling, each the size a real lesson's items have.
std::string item(int lesson, int n)
{
    const auto id = "l" + std::to_string(lesson) + "-q" + std::to_string(n);
    const auto prompt =
        "      <prompt>" +
        en("Question " + std::to_string(n) + ": choose or write the right answer.") + "</prompt>\n";
    switch (n % 6)
    {
    case 0:
        return "    <single id=\"" + id + "\">\n" + prompt +
               "      <option correct=\"true\">Jag heter Anna och jobbar på lagret.</option>\n"
               "      <option>Jag är heter Anna.<explain>" +
               en("heter is already the verb") +
               "</explain></option>\n"
               "      <option>Heter jag Anna.</option>\n" +
               feedback() + "    </single>\n";
    case 1:
        return "    <multiple id=\"" + id + "\">\n" + prompt +
               "      <option correct=\"true\">Hej!</option>\n      <option correct=\"true\">God "
               "morgon!</option>\n"
               "      <option>Hej då!</option>\n" +
               feedback() + "    </multiple>\n";
    case 2:
        return "    <gapfill id=\"" + id + "\">\n" + prompt +
               "      <sentence>Jag har <gap><accept>en</accept><mistake answer=\"ett\">" +
               en("bil is an en-word") +
               "</mistake></gap> bil och jag "
               "<gap><accept>jobbar</accept><accept>arbetar</accept></gap> i Kiruna.</sentence>\n" +
               feedback() + "    </gapfill>\n";
    case 3:
        return "    <wordorder id=\"" + id + "\">\n" + prompt +
               "      <token>I morgon</token><token>börjar</token><token>jag</token><token>klockan "
               "sju</token>"
               "<token distractor=\"true\">börja</token>\n"
               "      <accept>I morgon börjar jag klockan sju.</accept>\n      <accept>Jag börjar "
               "klockan sju i morgon.</accept>\n" +
               feedback() + "    </wordorder>\n";
    case 4:
        return "    <match id=\"" + id + "\">\n" + prompt +
               "      <pair><left>en kollega</left><right>" + en("a colleague") +
               "</right></pair>\n      <pair><left>en chef</left><right>" + en("a boss") +
               "</right></pair>\n      <pair><left>ett kontor</left><right>" + en("an office") +
               "</right></pair>\n" + feedback() + "    </match>\n";
    default:
        return "    <truefalse id=\"" + id + "\" answer=\"false\">\n" + prompt +
               "      <statement>Omar är ny på jobbet och börjar klockan åtta.</statement>\n      "
               "<explain>" +
               en("Anna is the new one.") + "</explain>\n" + feedback() + "    </truefalse>\n";
    }
}

std::string lesson(int n)
{
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lesson id=\"l" +
                      std::to_string(n) + "\" format=\"1\" minutes=\"15\">\n  <title>" +
                      en("Lesson " + std::to_string(n)) + "</title>\n  <steps>\n    <text id=\"l" +
                      std::to_string(n) +
                      "-text\">\n      <p>Anna börjar på ett nytt jobb i dag. Hon hälsar på sina "
                      "kollegor i fikarummet.</p>\n"
                      "    </text>\n";
    // A vocabulary step as real lessons have, so the package reaches tens of MB as the issue asks.
    xml += "    <vocabulary id=\"l" + std::to_string(n) + "-words\">\n      <heading>" +
           en("Words") + "</heading>\n";
    for (int w = 0; w < kWordsPerLesson; ++w)
        xml += "      <word id=\"l" + std::to_string(n) + "-w" + std::to_string(w) +
               "\" lemma=\"arbetsplats\" pos=\"noun\" article=\"en\">\n        <forms><form "
               "name=\"definite\">arbetsplatsen</form><form "
               "name=\"plural\">arbetsplatser</form></forms>\n"
               "        <translation>" +
               en("workplace") +
               "</translation>\n        <example>Min arbetsplats ligger i "
               "Umeå, nära stationen.</example>\n        <exampleTranslation>" +
               en("My workplace is in Umeå, near the station.") +
               "</exampleTranslation>\n      </word>\n";
    xml += "    </vocabulary>\n";
    for (int i = 0; i < kItemsPerLesson; ++i)
        xml += item(n, i);
    return xml + "  </steps>\n</lesson>\n";
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main()
{
    const auto dir =
        fs::temp_directory_path() / ("kompis-bench-validate-" + std::to_string(::getpid()));
    fs::create_directories(dir / "lessons");
    std::string course = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<course id=\"big\" "
                         "version=\"1.0.0\" format=\"1\" "
                         "targets=\"sv\" instruction=\"en fi\" level=\"A1\">\n  <title>" +
                         en("Big") + "</title>\n  <description>" +
                         en("Generated for the benchmark") +
                         "</description>\n  <topics>workplace</topics>\n  "
                         "<authors><author>bench</author></authors>\n"
                         "  <licence>CC0-1.0</licence>\n  <lessons>\n";
    std::size_t bytes = 0;
    std::string files;
    for (int n = 0; n < kLessons; ++n)
    {
        const auto xml = lesson(n);
        bytes += xml.size();
        const auto path = dir / "lessons" / ("l" + std::to_string(n) + ".xml");
        std::ofstream(path) << xml;
        files += " '" + path.string() + "'";
        course += "    <lesson id=\"l" + std::to_string(n) + "\" file=\"lessons/l" +
                  std::to_string(n) + ".xml\"/>\n";
    }
    std::ofstream(dir / "course.xml") << course + "  </lessons>\n</course>\n";
    std::printf(
        "Validation of a generated package: %d lessons, %d items, %d words, %.1f MB of XML\n",
        kLessons, kLessons * kItemsPerLesson, kLessons * kWordsPerLesson, double(bytes) / 1e6);

    const kompis::core::DirectoryPackage package(dir.string());
    double best = 1e9;
    std::size_t diagnostics = 0;
    for (int round = 0; round < 3; ++round)
    {
        const auto start = std::chrono::steady_clock::now();
        const auto load = kompis::core::loadCourse(package);
        best = std::min(best, secondsSince(start));
        diagnostics = load.diagnostics.size();
    }
    if (diagnostics != 0)
        std::printf("  (the generated package gave %zu diagnostics: the figures are suspect)\n",
                    diagnostics);

    const fs::path schema =
        fs::path(KOMPIS_SOURCE_DIR) / "courses" / "schema" / "kompis-course-1.xsd";
    const auto command = "xmllint --noout --schema '" + schema.string() + "' '" +
                         (dir / "course.xml").string() + "'" + files + " >/dev/null 2>&1";
    double xmllint = 1e9;
    for (int round = 0; round < 3; ++round)
    {
        const auto start = std::chrono::steady_clock::now();
        const int status = std::system(command.c_str());
        xmllint = std::min(xmllint, secondsSince(start));
        if (status != 0)
            std::printf(
                "  (xmllint reported problems or is missing: apt-get install libxml2-utils)\n");
    }
    kompis::bench::reportFigure("validate", "xmllint --schema, same files", xmllint * 1000, "ms");
    kompis::bench::reportFigure("validate", "Kompis loader (all rules)", best * 1000, "ms",
                                "xmllint", best / xmllint);
    kompis::bench::reportFigure("validate", "Kompis loader throughput", double(bytes) / 1e6 / best,
                                "MB/s");
    fs::remove_all(dir);
    return 0;
}
