#include "core/util/UtcTime.hpp"

#include <catch2/catch.hpp>

using namespace kompis::core::util;

TEST_CASE("ISO 8601 UTC timestamps parse and format both ways")
{
    CHECK(parseIsoUtc("1970-01-01T00:00:00Z") == 0);
    CHECK(parseIsoUtc("2026-11-23T07:00:00Z") == 1795417200);
    CHECK(parseIsoUtc("2026-11-23T07:00:00.250Z") == 1795417200);
    CHECK(parseIsoUtc("2026-11-23T07:00:00+00:00") == 1795417200);
    CHECK(parseIsoUtc("2026-11-23") == 1795392000);
    CHECK(formatIsoUtc(1795417200) == "2026-11-23T07:00:00Z");
    CHECK(formatIsoDate(1795417200) == "2026-11-23");
    CHECK(formatIsoUtc(-1) == "1969-12-31T23:59:59Z");
    CHECK_FALSE(parseIsoUtc("2026-02-30T00:00:00Z"));
    CHECK_FALSE(parseIsoUtc("2026-11-23T07:00:00+01:00"));
    CHECK_FALSE(parseIsoUtc("yesterday"));
}
