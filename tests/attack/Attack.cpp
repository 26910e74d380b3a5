#include "Attack.hpp"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <map>
#include <ostream>
#include <sstream>
#include <unistd.h>

namespace kompis::attack
{

namespace
{

double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// A raw C0 or C1 control character other than tab and newline, as a terminal would obey it.
std::string rawControl(const std::string& text)
{
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool c0 = (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7F;
        const bool c1 = c == 0xC2 && i + 1 < text.size() &&
                        static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(text[i + 1]) < 0xA0;
        if (c0 || c1)
        {
            std::ostringstream where;
            where << "raw control byte 0x" << std::hex << int(c1 ? text[i + 1] & 0xFF : c)
                  << " in the output at byte " << std::dec << i;
            return where.str();
        }
    }
    return {};
}

std::string lastLine(const std::string& text)
{
    auto end = text.find_last_not_of("\n ");
    if (end == std::string::npos)
        return "(no output)";
    const auto start = text.rfind('\n', end);
    std::string line = text.substr(start == std::string::npos ? 0 : start + 1, end - start);
    if (line.size() > 160)
        line = line.substr(0, 160) + "…";
    if (!rawControl(line).empty())
        line = "(a line with control characters)";
    return line;
}

} // namespace

Case::Case(Attack& attack, std::string family, std::string name)
    : m_attack(attack)
    , m_dir(attack.setup().scratch / (family + "-" + name))
    , m_started(now())
{
    m_outcome.family = std::move(family);
    m_outcome.name = std::move(name);
    fs::create_directories(m_dir);
}

Case::~Case()
{
    // Anything beside this case's folder in the scratch folder, or at the probe path that
    // absolute escapes aim at, was written outside the folder the case gave the program.
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(m_attack.setup().scratch, ec))
        if (entry.path() != m_dir)
        {
            fail("wrote outside its folder: " + entry.path().filename().string());
            fs::remove_all(entry.path(), ec);
        }
    if (fs::exists(escapeProbe(), ec))
    {
        fail("wrote outside its folder: " + escapeProbe().string());
        fs::remove_all(escapeProbe(), ec);
    }
    if (m_attack.setup().keep)
    {
        // Kept beside the scratch folder, so the next case's escape check does not see it.
        const auto kept = fs::path(m_attack.setup().scratch.string() + "-kept");
        fs::create_directories(kept, ec);
        fs::rename(m_dir, kept / m_dir.filename(), ec);
    }
    else
    {
        // Folders a case made read-only must become writable again to be removed.
        for (const auto& entry : fs::recursive_directory_iterator(
                 m_dir, fs::directory_options::skip_permission_denied, ec))
            if (entry.is_directory(ec) && !entry.is_symlink(ec))
                fs::permissions(entry.path(), fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(m_dir, ec);
    }
    m_outcome.seconds = now() - m_started;
    m_attack.record(std::move(m_outcome));
}

void Case::write(const fs::path& relative, const std::string& bytes) const
{
    const auto file = m_dir / relative;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

fs::path Case::exampleCopy(const std::string& name) const
{
    const auto target = m_dir / name;
    fs::copy(m_attack.setup().exampleCourse, target, fs::copy_options::recursive);
    return target;
}

std::mt19937& Case::random()
{
    return m_attack.random();
}

bool Case::hasPlayer() const
{
    return !m_attack.setup().player.empty();
}

ChildResult Case::run(const std::string& what, ChildSpec spec, const Expect& expect)
{
    spec.workingDir = m_dir;
    const auto result = runChild(spec);
    judge(what, result, expect);
    return result;
}

ChildResult Case::author(const std::vector<std::string>& args, const Expect& expect)
{
    ChildSpec spec;
    spec.argv = {m_attack.setup().author.string()};
    spec.argv.insert(spec.argv.end(), args.begin(), args.end());
    return run("kompis-author " + args.front(), spec, expect);
}

ChildResult Case::admin(const std::vector<std::string>& args, const Expect& expect,
                        const std::map<std::string, std::string>& env)
{
    ChildSpec spec;
    spec.argv = {m_attack.setup().admin.string()};
    spec.argv.insert(spec.argv.end(), args.begin(), args.end());
    spec.env = env;
    return run("kompis-admin " + args.front(), spec, expect);
}

ChildResult Case::player(const std::string& script, const fs::path& store,
                         const std::vector<fs::path>& courses, double killAfter, bool pcSetUp)
{
    static int runs = 0;
    const auto file = m_dir / ("run" + std::to_string(++runs) + ".script");
    std::ofstream(file) << script;
    // A PC whose set-up step is done, as a classroom PC would be.
    if (pcSetUp && !fs::exists(store.parent_path() / "settings.txt"))
        write(fs::relative(store.parent_path() / "settings.txt", m_dir), "pc-set-up=1\n");
    ChildSpec spec;
    spec.argv = {m_attack.setup().player.string(),
                 "--no-default-courses",
                 "--store",
                 store.string(),
                 "--script",
                 file.string(),
                 "--screenshot-dir",
                 m_dir.string()};
    for (const auto& course : courses)
    {
        spec.argv.emplace_back("--course");
        spec.argv.push_back(course.string());
    }
    spec.timeoutSeconds = 40;
    spec.killAfterSeconds = killAfter;
    Expect expect;
    expect.exits = {0};
    expect.plainText = false;
    return run("kompis", spec, expect);
}

void Case::judge(const std::string& what, const ChildResult& result, const Expect& expect)
{
    auto problem = [&](const std::string& why) { fail(what + ": " + why); };
    if (result.timedOut)
        return problem("still running after " + std::to_string(int(result.seconds)) + " s, killed");
    if (result.overMemory || result.maxRssMb > 800)
        return problem("used over 800 MB of memory (" + std::to_string(result.maxRssMb) +
                       " MB), killed");
    if (result.killedOnPurpose)
        return;
    if (result.signal != 0)
        return problem("ended by signal " + std::to_string(result.signal) + " (" +
                       lastLine(result.output) + ")");
    if (result.output.find("terminate called") != std::string::npos)
        problem("an uncaught exception reached the terminal");
    if (std::find(expect.exits.begin(), expect.exits.end(), result.exitCode) == expect.exits.end())
        problem("exit " + std::to_string(result.exitCode) + " (" + lastLine(result.output) + ")");
    if (!expect.mentions.empty() &&
        std::none_of(expect.mentions.begin(), expect.mentions.end(),
                     [&](const std::string& m)
                     { return result.output.find(m) != std::string::npos; }))
        problem("no message naming the problem (looked for `" + expect.mentions.front() +
                "`; last line: " + lastLine(result.output) + ")");
    for (const auto& secret : expect.never)
        if (result.output.find(secret) != std::string::npos)
            problem("the output holds `" + secret + "`");
    if (expect.plainText)
        if (const auto raw = rawControl(result.output); !raw.empty())
            problem(raw);
}

fs::path escapeProbe()
{
    static const fs::path probe =
        fs::temp_directory_path() / ("kompis-attack-escape-" + std::to_string(::getpid()));
    return probe;
}

Attack::Attack(Setup setup)
    : m_setup(std::move(setup))
    , m_random(m_setup.seed)
{
}

void Attack::record(CaseOutcome outcome)
{
    const bool held = outcome.problems.empty();
    std::cerr << (held ? "  held  " : "  BROKE ") << outcome.family << "/" << outcome.name << " ("
              << std::fixed << std::setprecision(1) << outcome.seconds << " s)\n";
    m_outcomes.push_back(std::move(outcome));
}

bool Attack::report(std::ostream& out, double seconds) const
{
    std::vector<std::string> order;
    std::map<std::string, std::pair<int, int>> counts;
    for (const auto& o : m_outcomes)
    {
        if (!counts.contains(o.family))
            order.push_back(o.family);
        auto& [held, broke] = counts[o.family];
        (o.problems.empty() ? held : broke) += 1;
    }
    out << "family | cases | held | broke\n";
    int allHeld = 0;
    int allBroke = 0;
    for (const auto& family : order)
    {
        const auto [held, broke] = counts.at(family);
        out << family << " | " << held + broke << " | " << held << " | " << broke << "\n";
        allHeld += held;
        allBroke += broke;
    }
    out << "total | " << allHeld + allBroke << " | " << allHeld << " | " << allBroke << "\n";
    bool ok = true;
    for (const auto& o : m_outcomes)
    {
        const std::string label = o.known.empty() ? "broke: " : "broke (known): ";
        for (const auto& p : o.problems)
            out << label << o.family << "/" << o.name << ": " << p << "\n";
        if (!o.known.empty() && !o.problems.empty())
            out << "  known because: " << o.known << "\n";
        if (!o.known.empty() && o.problems.empty())
            out << "now holds: " << o.family << "/" << o.name
                << ": remove its knownOpen mark (tests/attack)\n";
        ok = ok && o.problems.empty() == o.known.empty();
    }
    out << std::fixed << std::setprecision(1) << "seed " << m_setup.seed << ", " << seconds
        << " s in all\n";
    return ok;
}

} // namespace kompis::attack
