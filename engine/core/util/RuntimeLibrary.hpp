#pragma once

#include <cstring>
#include <string>

namespace kompis::core::util
{

/// A shared library opened when first needed instead of linked. Libraries only some learners use
/// (a classroom's PostgreSQL client, the speech synthesiser) pull in dozens of others; linked,
/// every start of the player paid for loading them (about 19 ms of 31 for all of Kompis's).
/// The library stays loaded until the program ends: espeak-ng cannot be started twice in one
/// process, and nothing is gained by closing.
class RuntimeLibrary
{
public:
    /// Opens `soname` (e.g. "libpq.so.5"); `error()` says why when it could not.
    explicit RuntimeLibrary(const char* soname);

    /// Whether the library opened and every function asked for so far was found.
    [[nodiscard]] bool loaded() const { return m_error.empty(); }
    [[nodiscard]] const std::string& error() const { return m_error; }

    /// The function `name` as the pointer type `Function`, or null (then `error()` names it).
    template <typename Function> [[nodiscard]] Function function(const char* name)
    {
        void* address = lookup(name);
        Function result = nullptr;
        static_assert(sizeof result == sizeof address);
        // POSIX guarantees a data pointer from dlsym can hold a function's address.
        std::memcpy(&result, &address, sizeof result);
        return result;
    }

    /// Sets `target` to the function `name` (its type from the pointer it is put into).
    template <typename Function> void bind(Function& target, const char* name)
    {
        target = function<Function>(name);
    }

private:
    void* lookup(const char* name);
    void* m_handle = nullptr;
    std::string m_error;
};

} // namespace kompis::core::util
