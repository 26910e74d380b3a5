#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kompis::core
{

enum class Severity
{
    Note,
    Warning,
    Error,
};

/// Where something came from: a file (as the user should see it) and a 1-based line and
/// column; 0 means "unknown".
struct SourceLocation
{
    std::string file;
    int line = 0;
    int column = 0;
};

/// One problem found in a package, as a value: tools print it, the player shows it.
struct Diagnostic
{
    Severity severity = Severity::Error;
    std::string
        ruleId; ///< stable id such as `lesson.unknown-element`; documented in tools/RULES.md
    SourceLocation where;
    std::string message; ///< says what is wrong and what to do about it
};

/// "error", "warning" or "note".
std::string_view severityName(Severity severity);

/// Compiler style: `path:line:col: error: message [rule-id]` (line and column left out when
/// unknown).
std::string formatDiagnostic(const Diagnostic& diagnostic);

/// Collects diagnostics in the order they were found; never prints.
class DiagnosticSink
{
public:
    void report(Severity severity, std::string ruleId, SourceLocation where, std::string message);
    void error(std::string ruleId, SourceLocation where, std::string message);
    void warning(std::string ruleId, SourceLocation where, std::string message);
    void append(const std::vector<Diagnostic>& more);

    [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const { return m_diagnostics; }
    [[nodiscard]] std::vector<Diagnostic> take() { return std::move(m_diagnostics); }
    [[nodiscard]] std::size_t errorCount() const;
    [[nodiscard]] std::size_t warningCount() const;
    [[nodiscard]] bool hasErrors() const { return errorCount() > 0; }

private:
    std::vector<Diagnostic> m_diagnostics;
};

} // namespace kompis::core
