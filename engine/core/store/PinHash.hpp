#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace kompis::core::store
{

/// True for 4–8 ASCII digits.
[[nodiscard]] bool validPin(const std::string& pin);

/// Argon2id hash (libsodium crypto_pwhash_str, random salt, parameters inside the string).
/// A 4–8 digit PIN has at most 10^8 values, so no hash cost makes an offline attack on a stolen
/// file hopeless; the real protection is the 5-tries lockout in the store. The defaults
/// (2 passes, 8 MiB) keep a PIN check around 10–20 ms on a classroom PC and tests fast, while
/// still making each guess far more expensive than a plain salted hash.
[[nodiscard]] std::optional<std::string> hashPin(const std::string& pin,
                                                 unsigned long long opsLimit, std::size_t memLimit);

/// Checks a PIN against a hash made by hashPin (whatever parameters it was made with).
[[nodiscard]] bool verifyPin(const std::string& hash, const std::string& pin);

} // namespace kompis::core::store
