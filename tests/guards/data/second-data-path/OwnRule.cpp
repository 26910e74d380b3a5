// A second rule for the data folder, which the guard must refuse.
#include <cstdlib>
#include <string>

std::string ownDataHome()
{
    const char* xdg = std::getenv("XDG_DATA_HOME");
    return xdg ? xdg : "";
}
