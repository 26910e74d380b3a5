#include "Commands.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace kompis::author
{

namespace
{

std::string slug(const std::string& name)
{
    std::string id;
    for (const char c : name)
    {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            id += c;
        else if (c >= 'A' && c <= 'Z')
            id += static_cast<char>(c - 'A' + 'a');
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    if (id.size() < 2)
        id = "my-course";
    return id.substr(0, 64);
}

std::string xmlEscape(const std::string& text)
{
    std::string out;
    for (const char c : text)
        out += c == '<'   ? "&lt;"
               : c == '>' ? "&gt;"
               : c == '&' ? "&amp;"
               : c == '"' ? "&quot;"
                          : std::string(1, c);
    return out;
}

struct Greeting
{
    const char* hello;
    const char* name;
    const char* wrong;
};

Greeting greetingFor(const std::string& lang)
{
    if (lang == "sv")
        return {"Hej! Jag heter Sam.", "Jag heter Sam.", "Jag är heter Sam."};
    if (lang == "nn")
        return {"Hei! Eg heiter Sam.", "Eg heiter Sam.", "Eg er heiter Sam."};
    return {"Hei! Jeg heter Sam.", "Jeg heter Sam.", "Jeg er heter Sam."};
}

constexpr const char* kSchemaName = "kompis-course-1.xsd";

/// The installed schema, or the source tree's when the tool runs from its build folder.
std::filesystem::path findSchema()
{
    for (const char* folder : {KOMPIS_INSTALLED_SCHEMA, KOMPIS_SOURCE_SCHEMA})
        if (std::filesystem::exists(std::filesystem::path(folder) / kSchemaName))
            return std::filesystem::path(folder) / kSchemaName;
    return {};
}

/// The attributes that let an editor check and complete the file against the copied schema.
std::string schemaAttributes(bool haveSchema, const char* relative)
{
    if (!haveSchema)
        return {};
    return std::string(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n") +
           "        xsi:noNamespaceSchemaLocation=\"" + relative + kSchemaName + "\"\n       ";
}

} // namespace

int runNew(Arguments& args)
{
    const auto lang = args.value("--lang");
    const auto title = args.value("--title");
    const auto& positional = args.positional();
    if (positional.size() != 1)
        return args.usageError("name one folder for the new course");
    if (!lang || (*lang != "sv" && *lang != "nb" && *lang != "nn"))
        return args.usageError("--lang is sv, nb or nn");
    if (!title)
        return args.usageError("--title is needed");
    const std::filesystem::path dir = positional[0];
    std::error_code ec;
    if (std::filesystem::exists(dir / "course.xml", ec))
    {
        std::fprintf(stderr,
                     "kompis-author new: %s already holds a course; choose another folder\n",
                     dir.c_str());
        return kUsage;
    }
    std::filesystem::create_directories(dir / "lessons", ec);
    std::filesystem::create_directories(dir / "media", ec);
    if (ec)
    {
        std::fprintf(stderr, "kompis-author new: cannot create %s (%s)\n", dir.c_str(),
                     ec.message().c_str());
        return kUsage;
    }
    // A copy of the schema travels with the course (and into its .kompis), so editors find it
    // wherever the folder is moved.
    const auto schema = findSchema();
    bool haveSchema = false;
    if (!schema.empty())
    {
        std::filesystem::create_directories(dir / "schema", ec);
        haveSchema =
            std::filesystem::copy_file(schema, dir / "schema" / kSchemaName,
                                       std::filesystem::copy_options::overwrite_existing, ec);
    }
    const auto id = slug(std::filesystem::absolute(dir).filename().string());
    const auto g = greetingFor(*lang);
    std::ofstream course(dir / "course.xml");
    course << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           << "<!-- Made by kompis-author new. The format: FORMAT.md (installed in "
              "/usr/share/doc/kompis/, or courses/FORMAT.md in the Kompis sources). Audio and "
              "pictures go in media/; kompis-author tts makes clips from transcripts. -->\n"
           << "<course" << schemaAttributes(haveSchema, "schema/") << " id=\"" << id
           << "\" version=\"0.1.0\" format=\"1\" targets=\"" << *lang
           << "\" instruction=\"en\" level=\"A1\">\n"
           << "  <title><t lang=\"en\">" << xmlEscape(*title) << "</t></title>\n"
           << "  <description><t lang=\"en\">Describe the course for learners "
              "here.</t></description>\n"
           << "  <topics>workplace</topics>\n"
           << "  <authors><author>Your name</author></authors>\n"
           << "  <licence>CC-BY-SA-4.0</licence>\n"
           << "  <lessons>\n    <lesson id=\"first\" file=\"lessons/first.xml\"/>\n  </lessons>\n"
           << "</course>\n";
    std::ofstream lesson(dir / "lessons" / "first.xml");
    lesson << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           << "<lesson" << schemaAttributes(haveSchema, "../schema/")
           << " id=\"first\" format=\"1\" minutes=\"10\">\n"
           << "  <title><t lang=\"en\">The first lesson</t></title>\n"
           << "  <goals><goal><t lang=\"en\">Say your name.</t></goal></goals>\n"
           << "  <steps>\n"
           << "    <text id=\"first-text\">\n"
           << "      <heading><t lang=\"en\">Hello</t></heading>\n"
           << "      <p>" << g.hello << "</p>\n"
           << "    </text>\n"
           << "    <single id=\"first-q1\">\n"
           << "      <prompt><t lang=\"en\">How do you say \"My name is Sam\"?</t></prompt>\n"
           << "      <option correct=\"true\">" << g.name << "</option>\n"
           << "      <option>" << g.wrong << "</option>\n"
           << "      <feedback on=\"right\"><t lang=\"en\">Right!</t></feedback>\n"
           << "      <feedback on=\"wrong\"><t lang=\"en\">Say: " << g.name << "</t></feedback>\n"
           << "    </single>\n"
           << "  </steps>\n"
           << "</lesson>\n";
    std::ofstream words(dir / "words.txt");
    words << "# Names and new terms the spelling check of kompis-author validate should know, "
             "one per line\n# as the lessons write them (FORMAT.md, Spelling).\nSam\n";
    course.close();
    lesson.close();
    words.close();
    if (!course || !lesson || !words)
    {
        std::fprintf(stderr, "kompis-author new: cannot write into %s\n", dir.c_str());
        return kUsage;
    }
    std::printf("Created the course `%s` in %s. Next:\n  kompis-author validate %s\n", id.c_str(),
                dir.c_str(), dir.c_str());
    return kClean;
}

} // namespace kompis::author
