#include "core/util/RuntimeLibrary.hpp"

#include <dlfcn.h>

namespace kompis::core::util
{

RuntimeLibrary::RuntimeLibrary(const char* soname)
    : m_handle(dlopen(soname, RTLD_NOW | RTLD_LOCAL))
{
    if (m_handle == nullptr)
    {
        const char* why = dlerror();
        m_error = why ? why : std::string("cannot open ") + soname;
    }
}

void* RuntimeLibrary::lookup(const char* name)
{
    if (m_handle == nullptr)
        return nullptr;
    void* address = dlsym(m_handle, name);
    if (address == nullptr && m_error.empty())
        m_error = std::string("no function ") + name + " in the library";
    return address;
}

} // namespace kompis::core::util
