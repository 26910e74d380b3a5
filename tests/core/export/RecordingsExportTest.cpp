#include "core/export/RecordingsExport.hpp"

#include <catch2/catch.hpp>

using kompis::core::exports::learnerFolderName;

TEST_CASE("a learner's recordings folder is named by id and name, with what no file system takes "
          "replaced and long names cut by letters",
          "[export]")
{
    CHECK(learnerFolderName(7, "Amal Hassan") == "7 Amal Hassan");
    CHECK(learnerFolderName(8, "Åsa Lind-Berg") == "8 Åsa Lind-Berg");
    CHECK(learnerFolderName(9, "a/b\\c:d") == "9 a_b_c_d");
    CHECK(learnerFolderName(10, "tab\there") == "10 tab_here");
    // A name that is only dots would otherwise be "." or "..": the id keeps it a plain folder.
    CHECK(learnerFolderName(11, "..") == "11");
    // Forty letters, not forty bytes: the cut never splits an Arabic letter or a combining mark.
    const std::string longArabic = []
    {
        std::string s;
        for (int i = 0; i < 50; ++i)
            s += "\xD8\xB3"; // س
        return s;
    }();
    CHECK(learnerFolderName(12, longArabic).size() == 3 + 40 * 2);
}
