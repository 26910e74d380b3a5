#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace kompis::core::exports
{

/// SHA-1 of `data`. Only for RFC 4122 name-based UUIDs, which are defined with SHA-1; nothing
/// here relies on it being collision-resistant against an attacker.
[[nodiscard]] std::array<std::uint8_t, 20> sha1(std::string_view data);

/// The version 5 (name-based, SHA-1) UUID of `name` in the namespace `namespaceUuid` (given in
/// its usual 8-4-4-4-12 hex form), as lowercase 8-4-4-4-12 text. The same name always gives the
/// same UUID, so a statement exported twice keeps its id and an LRS stores it once.
[[nodiscard]] std::string nameUuidV5(std::string_view namespaceUuid, std::string_view name);

} // namespace kompis::core::exports
