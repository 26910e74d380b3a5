#include "core/store/PinHash.hpp"

#include <algorithm>
#include <sodium.h>

namespace kompis::core::store
{

bool validPin(const std::string& pin)
{
    return pin.size() >= kPinMinDigits && pin.size() <= kPinMaxDigits &&
           std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<std::string> hashPin(const std::string& pin, unsigned long long opsLimit,
                                   std::size_t memLimit)
{
    if (sodium_init() < 0 || !validPin(pin))
        return std::nullopt;
    char out[crypto_pwhash_STRBYTES];
    opsLimit = std::max<unsigned long long>(opsLimit, crypto_pwhash_OPSLIMIT_MIN);
    memLimit = std::max<std::size_t>(memLimit, crypto_pwhash_MEMLIMIT_MIN);
    if (crypto_pwhash_str_alg(out, pin.c_str(), pin.size(), opsLimit, memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return std::nullopt;
    return std::string(out);
}

bool verifyPin(const std::string& hash, const std::string& pin)
{
    if (sodium_init() < 0 || hash.empty())
        return false;
    return crypto_pwhash_str_verify(hash.c_str(), pin.c_str(), pin.size()) == 0;
}

} // namespace kompis::core::store
