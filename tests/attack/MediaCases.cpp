// Media: images that declare huge sizes, truncated PNG and JPEG, long and undecodable clips
// (issue 15: a 31 KB PNG of 16000×16000 passed validate and cost 2.1 GB; three 10-minute clips
// filled the audio cache).
#include "Cases.hpp"
#include "ZipBytes.hpp"

namespace kompis::attack
{

namespace
{

void big32(std::string& out, std::uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out += static_cast<char>((v >> shift) & 0xFF);
}

void little(std::string& out, std::uint32_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

std::string pngChunk(const std::string& type, const std::string& data)
{
    std::string out;
    big32(out, static_cast<std::uint32_t>(data.size()));
    out += type + data;
    big32(out, crc32(type + data));
    return out;
}

/// A real PNG of black RGB pixels, its pixel data deflated about 160 to 1.
std::string blackPng(std::uint32_t width, std::uint32_t height)
{
    std::string ihdr;
    big32(ihdr, width);
    big32(ihdr, height);
    ihdr += std::string("\x08\x02\x00\x00\x00", 5);
    const std::uint64_t raw = std::uint64_t(height) * (1 + std::uint64_t(width) * 3);
    std::string zlib = "\x78\x01" + deflateZeros(raw);
    big32(zlib, static_cast<std::uint32_t>(((raw % 65521) << 16) | 1)); // Adler-32 of zeros
    return "\x89PNG\r\n\x1a\n" + pngChunk("IHDR", ihdr) + pngChunk("IDAT", zlib) +
           pngChunk("IEND", "");
}

/// A JPEG header declaring this size, without the image data.
std::string jpegHeader(std::uint16_t width, std::uint16_t height)
{
    std::string out = "\xFF\xD8\xFF\xC0";
    out += std::string("\x00\x11\x08", 3);
    out += static_cast<char>(height >> 8);
    out += static_cast<char>(height & 0xFF);
    out += static_cast<char>(width >> 8);
    out += static_cast<char>(width & 0xFF);
    out += std::string("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 10);
    return out + "\xFF\xD9";
}

/// A 16-bit PCM WAV of `seconds` of a quiet tone; `declared` overrides the data size.
std::string wav(std::uint32_t rate, std::uint16_t channels, double seconds,
                std::uint32_t declared = 0)
{
    const auto frames = static_cast<std::uint32_t>(rate * seconds);
    std::string data;
    data.reserve(std::size_t(frames) * channels * 2);
    for (std::uint32_t i = 0; i < frames; ++i)
        for (std::uint16_t ch = 0; ch < channels; ++ch)
            little(data, static_cast<std::uint32_t>((i % 40 < 20) ? 3000 : 0xFFFF - 3000), 2);
    const std::uint32_t size = declared ? declared : static_cast<std::uint32_t>(data.size());
    std::string out = "RIFF";
    little(out, 36 + size, 4);
    out += "WAVEfmt ";
    little(out, 16, 4);
    little(out, 1, 2);
    little(out, channels, 2);
    little(out, rate, 4);
    little(out, rate * channels * 2u, 4);
    little(out, channels * 2u, 2);
    little(out, 16, 2);
    out += "data";
    little(out, size, 4);
    return out + data;
}

struct MediaCase
{
    std::string name;
    std::string file; ///< replaces this media file (and its mentions in the lessons)
    std::string as;   ///< under this new name, when not empty
    std::function<std::string(const std::string& original)> bytes;
    std::string rule;             ///< what validate must name (empty: anything)
    bool player = false;          ///< the player opens the lesson too
    std::vector<int> exits = {1}; ///< a warning alone exits 0
};

void run(Attack& attack, const MediaCase& m)
{
    Case c(attack, "media", m.name);
    const auto course = c.exampleCopy();
    const std::string name = m.as.empty() ? m.file : m.as;
    const auto original = readFile(course / m.file);
    if (!m.as.empty())
    {
        fs::remove(course / m.file);
        for (const auto* lesson : {"lessons/hello.xml", "lessons/sick.xml", "lessons/time.xml"})
        {
            auto xml = readFile(course / lesson);
            while (xml.find(m.file) != std::string::npos)
                xml = replaced(xml, m.file, m.as);
            c.write(fs::path("course") / lesson, xml);
        }
    }
    c.write(fs::path("course") / name, m.bytes(original));
    Expect validate = rejects(m.rule);
    validate.exits = m.exits;
    if (m.rule.empty())
        validate.mentions.clear();
    c.author({"validate", "--no-spelling", course.string()}, validate);
    c.author({"info", course.string()}, informs());
    if (m.player && c.hasPlayer())
        c.player(openCourseScript("example", "click start\nwait 1500\n"),
                 c.dir() / "store" / "progress.sqlite", {course});
}

} // namespace

void mediaFamily(Attack& attack)
{
    const std::string png = "media/sick-phone.png";
    const std::string clip = "media/hello-intro.ogg";
    const std::vector<MediaCase> cases = {
        {"png-of-16000-by-16000", png, "", [](auto&) { return blackPng(16000, 16000); },
         "media.image-too-large"},
        {"png-of-8000-by-8000-under-the-side-cap", png, "",
         [](auto&) { return blackPng(8000, 8000); }, "media.image-too-large"},
        {"png-of-1-by-4000000", png, "", [](auto&) { return blackPng(1, 4000000); },
         "media.image-too-large"},
        {"png-truncated-at-half", png, "",
         [](const std::string& o) { return o.substr(0, o.size() / 2); }, "media.bad-image"},
        {"png-empty", png, "", [](auto&) { return std::string(); }, "media.bad-image"},
        {"png-of-random-bytes", png, "",
         [](auto&) { return std::string("\x89PNG\r\n\x1a\n") + std::string(5000, '\x5a'); },
         "media.bad-image"},
        {"jpeg-declaring-65000-by-65000", png, "media/sick-phone.jpg",
         [](auto&) { return jpegHeader(65000, 65000); }, "media."},
        {"jpeg-truncated", png, "media/sick-phone.jpg",
         [](auto&) { return jpegHeader(64, 64).substr(0, 12); }, "media.bad-image"},
        {"clip-of-11-minutes", clip, "media/hello-intro.wav",
         [](auto&) { return wav(16000, 1, 660); }, "longer than 10 minutes"},
        {"clip-of-9-minutes-played",
         clip,
         "media/hello-intro.wav",
         [](auto&) { return wav(16000, 1, 540); },
         "media.too-long",
         true,
         {0, 1}},
        {"wav-declaring-4-GB-of-data",
         clip,
         "media/hello-intro.wav",
         [](auto&) { return wav(16000, 1, 1, 0xFFFFFFF0u); },
         "",
         false,
         {0, 1}},
        {"wav-with-no-channels", clip, "media/hello-intro.wav",
         [](auto&) { return wav(16000, 0, 1); }, "media.undecodable"},
        {"wav-at-4-GHz", clip, "media/hello-intro.wav",
         [](auto&) { return wav(0xFFFFFFF0u, 1, 0); }, "media."},
        {"ogg-truncated-at-half", clip, "",
         [](const std::string& o) { return o.substr(0, o.size() / 2); }, "media."},
        {"ogg-of-random-bytes", clip, "",
         [](auto&) { return std::string("OggS") + std::string(20000, '\x33'); },
         "media.undecodable"},
        {"mp3-of-random-bytes", clip, "media/hello-intro.mp3",
         [](auto&) { return std::string("ID3\x03") + std::string(20000, '\x7f'); },
         "media.undecodable", true},
    };
    for (const auto& m : cases)
        run(attack, m);
}

} // namespace kompis::attack
