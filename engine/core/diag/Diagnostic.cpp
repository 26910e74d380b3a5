#include "core/diag/Diagnostic.hpp"

#include <algorithm>

namespace kompis::core
{

std::string_view severityName(Severity severity)
{
    switch (severity)
    {
    case Severity::Note:
        return "note";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        return "error";
    }
    return "error";
}

std::string formatDiagnostic(const Diagnostic& diagnostic)
{
    std::string out = diagnostic.where.file;
    if (diagnostic.where.line > 0)
    {
        out += ':' + std::to_string(diagnostic.where.line);
        if (diagnostic.where.column > 0)
            out += ':' + std::to_string(diagnostic.where.column);
    }
    if (!out.empty())
        out += ": ";
    out += severityName(diagnostic.severity);
    out += ": ";
    out += diagnostic.message;
    out += " [" + diagnostic.ruleId + "]";
    return out;
}

void DiagnosticSink::report(Severity severity, std::string ruleId, SourceLocation where,
                            std::string message)
{
    m_diagnostics.push_back({severity, std::move(ruleId), std::move(where), std::move(message)});
}

void DiagnosticSink::error(std::string ruleId, SourceLocation where, std::string message)
{
    report(Severity::Error, std::move(ruleId), std::move(where), std::move(message));
}

void DiagnosticSink::warning(std::string ruleId, SourceLocation where, std::string message)
{
    report(Severity::Warning, std::move(ruleId), std::move(where), std::move(message));
}

void DiagnosticSink::append(const std::vector<Diagnostic>& more)
{
    m_diagnostics.insert(m_diagnostics.end(), more.begin(), more.end());
}

std::size_t DiagnosticSink::errorCount() const
{
    return static_cast<std::size_t>(std::count_if(m_diagnostics.begin(), m_diagnostics.end(),
                                                  [](const Diagnostic& d)
                                                  { return d.severity == Severity::Error; }));
}

std::size_t DiagnosticSink::warningCount() const
{
    return static_cast<std::size_t>(std::count_if(m_diagnostics.begin(), m_diagnostics.end(),
                                                  [](const Diagnostic& d)
                                                  { return d.severity == Severity::Warning; }));
}

} // namespace kompis::core
