#pragma once

// Bytes the program has allocated and not freed, for tests that compare a memory estimate with
// what an operation really takes. Under AddressSanitizer glibc's malloc is replaced, so
// mallinfo2() reports nothing; the sanitizer's own allocator counts instead.

#include <cstddef>

#if defined(__SANITIZE_ADDRESS__)
// GCC's libasan exports this but GCC ships no header for it (clang's is
// <sanitizer/allocator_interface.h>).
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#else
#include <malloc.h>
#endif

namespace kompis::test
{

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kUnderAddressSanitizer = true;
#else
inline constexpr bool kUnderAddressSanitizer = false;
#endif

inline std::size_t heapInUse()
{
#if defined(__SANITIZE_ADDRESS__)
    return __sanitizer_get_current_allocated_bytes();
#else
    return mallinfo2().uordblks;
#endif
}

} // namespace kompis::test
