// kompis-author against hostile input (issue 15), judged as a teacher sees it in a terminal:
// no escape sequence from a course reaches the terminal, and running out of memory is a
// message and an exit status, not a core dump.
#include "support/MemoryProbe.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace
{

struct Result
{
    int exit = -1;
    int signal = 0;
    std::string out;
};

/// Runs `kompis-author ARGUMENTS` through the shell (so a test can set limits first).
Result runShell(const std::string& prefix, const std::string& arguments)
{
    Result result;
    const auto command =
        prefix + " NO_COLOR=1 '" + std::string(KOMPIS_AUTHOR) + "' " + arguments + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer{};
    while (const auto n = std::fread(buffer.data(), 1, buffer.size(), pipe))
        result.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    result.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    // The shell reports a child killed by a signal as 128 + signal.
    result.signal = result.exit > 128 ? result.exit - 128 : 0;
    return result;
}

class CourseFolder
{
public:
    explicit CourseFolder(const std::string& name)
        : m_path(fs::temp_directory_path() /
                 ("kompis-hostile-cli-" + std::to_string(::getpid()) + "-" + name))
    {
        fs::create_directories(m_path / "lessons");
        fs::create_directories(m_path / "media");
    }
    ~CourseFolder() { fs::remove_all(m_path); }
    CourseFolder(const CourseFolder&) = delete;
    CourseFolder& operator=(const CourseFolder&) = delete;

    void write(const std::string& relative, const std::string& bytes) const
    {
        std::ofstream(m_path / relative, std::ios::binary) << bytes;
    }
    [[nodiscard]] std::string path() const { return m_path.string(); }

private:
    fs::path m_path;
};

std::string courseXml(const std::string& title, const std::string& extra = "")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<course id=\"hostile\" version=\"1.0.0\" format=\"1\" targets=\"sv\" "
           "instruction=\"en\" level=\"A1\">\n<title>" +
           title +
           "</title><description>d</description><topics>workplace</topics>"
           "<authors><author>a</author></authors><licence>CC0-1.0</licence>\n"
           "<lessons>" +
           extra + "<lesson id=\"a\" file=\"lessons/a.xml\"/></lessons>\n</course>\n";
}

std::string lessonXml(const std::string& audio = "")
{
    return "<lesson id=\"a\" format=\"1\" minutes=\"5\"><title>T</title><steps><text "
           "id=\"s\"><p>Hej</p>" +
           audio + "</text></steps></lesson>\n";
}

bool hasRawControl(const std::string& out)
{
    for (std::size_t i = 0; i < out.size(); ++i)
    {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c == 0x1B || c == 0x07 || c == 0x7F ||
            (c == 0xC2 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) < 0xA0 &&
             static_cast<unsigned char>(out[i + 1]) >= 0x80))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("escape sequences in course text reach neither validate's nor info's output raw, and "
          "JSON stays JSON",
          "[author][hostile]")
{
    CourseFolder course("escapes");
    // ESC [2J clears the screen, ESC ]0; retitles the window, U+009B is the one-byte CSI.
    course.write("course.xml", courseXml("Kurs \x1b[2J\x1b]0;owned\x07 \xc2\x9b"
                                         "31m slut",
                                         "text \x1b[31m here "));
    course.write("lessons/a.xml", lessonXml());

    const auto validate = runShell("", "validate '" + course.path() + "'");
    CHECK(validate.exit == 1);
    CHECK_FALSE(hasRawControl(validate.out));
    CHECK(validate.out.find("[xml.control-character]") != std::string::npos);
    CHECK(validate.out.find("\\x1b[31m here") != std::string::npos);

    const auto info = runShell("", "info '" + course.path() + "'");
    CHECK(info.exit == 0);
    CHECK_FALSE(hasRawControl(info.out));
    CHECK(info.out.find("Kurs \\x1b[2J\\x1b]0;owned\\x07 \\u009b31m slut") != std::string::npos);

    const auto json = runShell("", "info --format=json '" + course.path() + "'");
    CHECK_FALSE(hasRawControl(json.out));
    CHECK(json.out.find(R"("title": "Kurs \u001b[2J\u001b]0;owned\u0007 \u009b31m slut")") !=
          std::string::npos);
}

TEST_CASE("running out of memory is a message and exit status 2, never an abort",
          "[author][hostile]")
{
    if (kompis::test::kUnderAddressSanitizer)
    {
        // AddressSanitizer reserves terabytes of shadow address space at start, so no address
        // limit leaves it room to run, and its operator new aborts on failure by design.
        WARN("not checked under AddressSanitizer: the plain build runs this test");
        return;
    }
    CourseFolder course("memory");
    course.write("course.xml", courseXml("Minne"));
    course.write("lessons/a.xml", lessonXml("<audio src=\"media/long.wav\" transcript=\"Hej\"/>"));
    // Five minutes of 48 kHz stereo WAV (55 MiB, within the package limits) needs well over the
    // 160 MB of address space the tool is given below.
    constexpr std::uint32_t kDataBytes = 48000u * 300u * 2u * 2u;
    std::string wav = "RIFF";
    auto put = [&](std::uint32_t value, int bytes)
    {
        for (int i = 0; i < bytes; ++i)
            wav += static_cast<char>((value >> (8 * i)) & 0xFF);
    };
    put(36 + kDataBytes, 4);
    wav += "WAVEfmt ";
    put(16, 4);
    put(1, 2);
    put(2, 2);
    put(48000, 4);
    put(48000 * 4, 4);
    put(4, 2);
    put(16, 2);
    wav += "data";
    put(kDataBytes, 4);
    wav.resize(wav.size() + kDataBytes, '\0');
    course.write("media/long.wav", wav);
    wav.clear();
    wav.shrink_to_fit();

    const auto run = runShell("ulimit -v 160000;", "validate '" + course.path() + "'");
    INFO(run.out);
    CHECK(run.signal == 0);
    CHECK(run.exit == 2);
    CHECK(run.out.find("out of memory") != std::string::npos);
}
