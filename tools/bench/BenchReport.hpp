#pragma once

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace kompis::bench
{

/// Prints one figure as a table row and appends it as JSON to $KOMPIS_BENCH_JSON (if set).
/// `peer` and `ratio` are optional (empty peer: no ratio printed).
inline void reportFigure(const std::string& bench, const std::string& figure, double value,
                         const std::string& unit, const std::string& peer = {}, double ratio = 0.0)
{
    if (peer.empty())
        std::printf("  %-44s %14.3f %s\n", figure.c_str(), value, unit.c_str());
    else
        std::printf("  %-44s %14.3f %-6s (%.2fx %s)\n", figure.c_str(), value, unit.c_str(), ratio,
                    peer.c_str());
    std::fflush(stdout);
    if (const char* path = std::getenv("KOMPIS_BENCH_JSON"))
    {
        std::ofstream out(path, std::ios::app);
        out << "{\"bench\":\"" << bench << "\",\"figure\":\"" << figure << "\",\"value\":" << value
            << ",\"unit\":\"" << unit << "\"";
        if (!peer.empty())
            out << ",\"peer\":\"" << peer << "\",\"ratio\":" << ratio;
        out << "}\n";
    }
}

} // namespace kompis::bench
