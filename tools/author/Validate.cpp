#include "Commands.hpp"
#include "core/check/PackageCheck.hpp"
#include "core/check/Spelling.hpp"

#include <algorithm>
#include <cstdio>

namespace kompis::author
{

namespace
{

struct PackageReport
{
    std::string path;
    std::string courseId;
    std::string openError;
    std::vector<core::Diagnostic> diagnostics;

    [[nodiscard]] std::size_t count(core::Severity severity) const
    {
        return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                      [&](const auto& d)
                                                      { return d.severity == severity; }));
    }
};

/// `spelling` is null with --no-spelling.
PackageReport validateOne(const std::string& path, core::SpellChecker* spelling)
{
    PackageReport report;
    report.path = path;
    auto package = loadPackage(path, report.openError);
    if (package.overLimits)
    {
        // Too big is a problem the author fixes like any other, not a failure to read.
        report.diagnostics.push_back(tooLargeDiagnostic(path, std::move(report.openError)));
        report.openError.clear();
    }
    if (!package.files)
        return report;
    report.diagnostics = package.load.diagnostics;
    if (package.load.usable())
    {
        report.courseId = package.load.course->id;
        ProgressBar bar("checking media of " + path);
        const auto more = core::checkPackage(*package.files, *package.load.course, {},
                                             [&](std::size_t done, std::size_t total)
                                             { bar.update(done, total); });
        report.diagnostics.insert(report.diagnostics.end(), more.begin(), more.end());
        if (spelling)
        {
            const auto words = spelling->check(*package.files, *package.load.course);
            report.diagnostics.insert(report.diagnostics.end(), words.begin(), words.end());
        }
    }
    return report;
}

std::string coloured(const core::Diagnostic& d, const Terminal& terminal)
{
    auto line = shown(core::formatDiagnostic(d));
    if (!terminal.colour)
        return line;
    const std::string severity(core::severityName(d.severity));
    const auto at = line.find(": " + severity + ": ");
    if (at == std::string::npos)
        return line;
    return terminal.paint(line.substr(0, at), "1") + ": " +
           terminal.paint(severity, d.severity == core::Severity::Error ? "1;31" : "1;35") +
           line.substr(at + 2 + severity.size());
}

void printJson(const std::vector<PackageReport>& reports, std::size_t errors, std::size_t warnings)
{
    std::printf("{\n  \"errors\": %zu,\n  \"warnings\": %zu,\n  \"packages\": [", errors, warnings);
    for (std::size_t p = 0; p < reports.size(); ++p)
    {
        const auto& r = reports[p];
        std::printf("%s\n    {\n      \"path\": %s,\n      \"course\": %s,\n", p ? "," : "",
                    jsonString(r.path).c_str(),
                    r.courseId.empty() ? "null" : jsonString(r.courseId).c_str());
        if (!r.openError.empty())
            std::printf("      \"open_error\": %s,\n", jsonString(r.openError).c_str());
        std::printf("      \"errors\": %zu,\n      \"warnings\": %zu,\n      \"diagnostics\": [",
                    r.count(core::Severity::Error), r.count(core::Severity::Warning));
        for (std::size_t i = 0; i < r.diagnostics.size(); ++i)
        {
            const auto& d = r.diagnostics[i];
            std::printf("%s\n        {\"file\": %s, \"line\": %d, \"column\": %d, \"severity\": "
                        "\"%s\", \"rule\": %s, "
                        "\"message\": %s}",
                        i ? "," : "", jsonString(d.where.file).c_str(), d.where.line,
                        d.where.column, std::string(core::severityName(d.severity)).c_str(),
                        jsonString(d.ruleId).c_str(), jsonString(d.message).c_str());
        }
        std::printf("%s]\n    }", r.diagnostics.empty() ? "" : "\n      ");
    }
    std::printf("\n  ]\n}\n");
}

std::string plural(std::size_t n, const char* word)
{
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

} // namespace

int runValidate(Arguments& args)
{
    const auto format = args.value("--format").value_or("text");
    const bool werror = args.flag("--werror");
    const bool quiet = args.flag("--quiet");
    const bool noSpelling = args.flag("--no-spelling");
    const auto& paths = args.positional();
    if (paths.empty())
        return args.usageError("name at least one course folder or .kompis file");
    if (format != "text" && format != "json")
        return args.usageError("--format is text or json");
    std::vector<PackageReport> reports;
    std::size_t errors = 0, warnings = 0;
    bool ioFailure = false;
    const auto terminal = Terminal::forStream(stdout);
    core::SpellChecker spellChecker;
    for (const auto& path : paths)
    {
        auto report = validateOne(path, noSpelling ? nullptr : &spellChecker);
        errors += report.count(core::Severity::Error);
        warnings += report.count(core::Severity::Warning);
        ioFailure = ioFailure || !report.openError.empty();
        if (format == "text")
        {
            if (!report.openError.empty())
                std::printf("%s: %s: %s\n", shown(path).c_str(),
                            terminal.paint("error", "1;31").c_str(),
                            shown(report.openError).c_str());
            for (const auto& d : report.diagnostics)
                if (!quiet || d.severity == core::Severity::Error || werror)
                    std::printf("%s\n", coloured(d, terminal).c_str());
        }
        reports.push_back(std::move(report));
    }
    if (format == "json")
        printJson(reports, errors, warnings);
    else if (!quiet)
    {
        const auto summary = "validated " + plural(paths.size(), "package") + ": " +
                             plural(errors, "error") + ", " + plural(warnings, "warning");
        std::printf("%s\n", terminal.paint(summary, errors     ? "1;31"
                                                    : warnings ? "1;35"
                                                               : "1;32")
                                .c_str());
    }
    if (ioFailure)
        return kUsage;
    return errors > 0 || (werror && warnings > 0) ? kProblems : kClean;
}

} // namespace kompis::author
