#pragma once

#include "core/classroom/PgConnection.hpp"
#include "core/store/StoreTypes.hpp"

#include <cstdint>
#include <string>

namespace kompis::core::classroom
{

/// Checks a learner's PIN against the hash and lockout on the server: 5 wrong tries lock the
/// profile for 60 s on every PC at once. Throws PgError when the server cannot answer.
[[nodiscard]] store::PinCheck checkServerPin(PgConnection& db, const std::string& learnerUuid,
                                             const std::string& pin, std::int64_t now);

} // namespace kompis::core::classroom
