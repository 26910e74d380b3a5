#include "ui/gui/QuotedEnd.hpp"

#include <catch2/catch.hpp>

using kompis::ui::withoutDoubledStop;

TEST_CASE("a quoted sentence that ends in a full stop is not followed by a second one")
{
    CHECK(withoutDoubledStop("Kontrollera stavningen: titta på ”Jag talar svenska.”.") ==
          "Kontrollera stavningen: titta på ”Jag talar svenska.”");
    CHECK(withoutDoubledStop("Sjekk stavemåten: se på «Hvor er du?».") ==
          "Sjekk stavemåten: se på «Hvor er du?»");
}

TEST_CASE("a quoted word keeps the message's own full stop")
{
    CHECK(withoutDoubledStop("Check the spelling: look at “svenska”.") ==
          "Check the spelling: look at “svenska”.");
    CHECK(withoutDoubledStop("Part 2 is missing.") == "Part 2 is missing.");
}

TEST_CASE("the Ethiopic full stop after a quoted sentence goes too")
{
    CHECK(withoutDoubledStop("ኣጻሕሕፋ ኣረጋግጽ: ን«Jag heter Omar.» ርአ።") ==
          "ኣጻሕሕፋ ኣረጋግጽ: ን«Jag heter Omar.» ርአ።");
    CHECK(withoutDoubledStop("ን«Jag heter Omar.»።") == "ን«Jag heter Omar.»");
}
