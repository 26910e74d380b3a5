// A Moodle bank imported by a teacher and answered by a learner in the player window.
#include "ImportTestSupport.hpp"
#include "core/store/ProgressStore.hpp"

#include <cstdlib>
#include <sys/wait.h>

using namespace kompis;
using namespace kompis::core;
using namespace kompis::test;

TEST_CASE("a learner answers an imported GIFT question in the player and the store has it right")
{
    ImportScratch scratch;
    const auto course = scratch.path / "sfi-bank";
    const auto import = runAuthor("import gift " + (kImportData / "sfi-bank.gift").string() +
                                      " -o " + course.string(),
                                  scratch.path);
    INFO(import.out);
    REQUIRE(import.exit == 0);

    const auto script = scratch.path / "learner.script";
    spit(script, R"(expect-screen language
click lang-en
expect-screen set-up
click setup-own-pc
expect-screen profiles
click new-learner
type Amal
click ui-en
click create
expect-screen library
click course-sfi-bank
expect-screen course-map
click start
expect-screen lesson/pa-jobbet-sjukanmalan
expect-text Vem ringer du först?
click option-1
click check
expect-text Right!
click next
expect-screen lesson/pa-jobbet-bra-pa-jobbet
quit
)");
    const auto storeFile = scratch.path / "progress.sqlite";
    const char* display = std::getenv("DISPLAY");
    const std::string command =
        std::string((display && *display) ? "" : "xvfb-run -a -s '-screen 0 1280x800x24' ") +
        "env ALSOFT_DRIVERS=null '" KOMPIS_PLAYER_BIN "' --no-default-courses --store '" +
        storeFile.string() + "' --script '" + script.string() + "' --course '" + course.string() +
        "' 2>'" + (scratch.path / "player.err").string() + "'";
    const int status = std::system(command.c_str());
    INFO(slurp(scratch.path / "player.err"));
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);

    store::StoreOptions options;
    options.path = storeFile;
    options.autoBackup = false;
    store::ProgressStore progress(options);
    std::vector<store::AttemptRow> rows;
    progress.forEachAttempt(std::nullopt,
                            [&](const store::AttemptRow& row) { rows.push_back(row); });
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].attempt.courseId == "sfi-bank");
    CHECK(rows[0].attempt.itemId == "pa-jobbet-sjukanmalan");
    CHECK(rows[0].attempt.outcome == kompis::core::Outcome::Right);
    CHECK(rows[0].attempt.response == "1");
}
