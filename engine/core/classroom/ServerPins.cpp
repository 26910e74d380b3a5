#include "core/classroom/ServerPins.hpp"

#include "core/store/PinHash.hpp"

namespace kompis::core::classroom
{

store::PinCheck checkServerPin(PgConnection& db, const std::string& learnerUuid,
                               const std::string& pin, std::int64_t now)
{
    using store::PinStatus;
    const auto begun = db.exec("SELECT hash, tries_left, locked_until "
                               "FROM kompis.begin_pin_check($1::uuid, $2::bigint)",
                               {learnerUuid, std::to_string(now)});
    if (begun.rows() == 0)
        return {PinStatus::Invalid, 0, 0};
    if (begun.isNull(0, 0))
        return {PinStatus::Locked, 0, begun.integer(0, 2)};
    const std::string hash = begun.text(0, 0);
    if (hash.empty())
        return {PinStatus::NoPinSet, 5, 0};
    // The slow hash runs here on the PC, after the server has counted the try.
    const bool right = store::validPin(pin) && store::verifyPin(hash, pin);
    const auto finished = db.exec("SELECT kompis.finish_pin_check($1::uuid, $2, $3::bigint)",
                                  {learnerUuid, right ? "t" : "f", std::to_string(now)});
    if (right)
        return {PinStatus::Ok, 5, 0};
    const std::int64_t lockedUntil = finished.integer(0, 0);
    if (lockedUntil > 0)
        return {PinStatus::Locked, 0, lockedUntil};
    return {PinStatus::Wrong, int(begun.integer(0, 1)), 0};
}

} // namespace kompis::core::classroom
