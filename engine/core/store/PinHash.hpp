#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace kompis::core::store
{

/// Argon2id cost of PIN hashes: 5 passes over 64 MiB, 0.30-0.38 s of CPU per check on the 2-core
/// development machine (0.6-1 s on a slow school PC). A longer PIN (up to 12 digits) is the better
/// defence against an offline search of a copied file; see engine/THREAT-MODEL.md.
constexpr unsigned long long kPinOpsLimit = 5;
constexpr std::size_t kPinMemLimit = std::size_t(64) << 20;
constexpr std::size_t kPinMinDigits = 4;
constexpr std::size_t kPinMaxDigits = 12;

/// True for 4–12 ASCII digits.
[[nodiscard]] bool validPin(const std::string& pin);

/// Argon2id hash (libsodium crypto_pwhash_str, random salt, parameters inside the string).
/// A 4-digit PIN has 10^4 values, so no hash cost makes an offline attack on a stolen file
/// hopeless; the lockout in the store protects against guessing at the screen. The cost makes
/// each offline guess of a longer PIN expensive: 10^8 guesses at 0.3 s are about a CPU-year.
[[nodiscard]] std::optional<std::string> hashPin(const std::string& pin,
                                                 unsigned long long opsLimit, std::size_t memLimit);

/// Checks a PIN against a hash made by hashPin (whatever parameters it was made with).
[[nodiscard]] bool verifyPin(const std::string& hash, const std::string& pin);

} // namespace kompis::core::store
