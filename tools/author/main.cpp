// kompis-author: the teachers' tool for course packages. Every command uses the same loader
// as the player, so the two never disagree about a package.
#include "Commands.hpp"
#include "common/Subcommands.hpp"
#include "core/package/OpenPackage.hpp"

#include <cstdio>
#include <new>
#include <string>

namespace
{

using kompis::tools::Option;
using kompis::tools::Takes;

const Option kFormat{"--format", Takes::Value};
const Option kLang{"--lang", Takes::Value};
const Option kTitle{"--title", Takes::Value};
const Option kOutput{"--output", Takes::Value, "-o"};

struct Command
{
    const char* name;
    const char* summary;
    const char* usage;
    int (*run)(kompis::author::Arguments&);
    std::vector<Option> options;
};

const Command kCommands[] = {
    {"validate",
     "check packages: every loader rule plus media and package checks",
     "kompis-author validate PATH... [--format=text|json] [--werror] [-q] [--no-spelling]\n"
     "  PATH       a course folder or a .kompis file\n"
     "  --format   text (default: like a compiler, path:line:col: error: message [rule-id]) or "
     "json\n"
     "  --werror   treat warnings as errors\n"
     "  -q         print errors only, no warnings and no summary\n"
     "  --no-spelling  do not check the spelling of Swedish and Norwegian text (hunspell;\n"
     "             names and new terms go in the course's words.txt)\n"
     "Exit status: 0 clean, 1 problems found, 2 usage or I/O failure. Rules: tools/RULES.md",
     kompis::author::runValidate,
     {kFormat, {"--werror"}, {"--quiet", Takes::Nothing, "-q"}, {"--no-spelling"}}},
    {"info",
     "what a package holds: lessons, items, vocabulary, audio, languages, study time",
     "kompis-author info PATH [--format=text|json]\n"
     "  json has the numbers lessons, items, vocabulary, audio_clips, audio_seconds and the "
     "breakdowns",
     kompis::author::runInfo,
     {kFormat}},
    {"check-answer",
     "what the engine says to an answer: right/almost/wrong, points, feedback",
     "kompis-author check-answer PATH ITEM-ID RESPONSE [--format=text|json]\n"
     "  RESPONSE   as a learner gives it: an option number (2) or several (1,3); true/false;\n"
     "             gap answers separated by ' | '; a word-order sentence; match pairs as 1-2,2-1;\n"
     "             a dictation as typed",
     kompis::author::runCheckAnswer,
     {kFormat, kLang}},
    {"new",
     "start a course: a minimal package that passes validate",
     "kompis-author new DIR --lang sv|nb|nn --title TITLE\n"
     "  Creates DIR/course.xml and DIR/lessons/first.xml (instruction language: English), an\n"
     "  empty DIR/media/, DIR/words.txt for the spelling check and a copy of the schema in\n"
     "  DIR/schema/ that both files name, so editors can check and complete them.",
     kompis::author::runNew,
     {kLang, kTitle}},
    {"pack",
     "pack a course folder into a .kompis file (refuses packages with errors)",
     "kompis-author pack DIR -o FILE.kompis\n"
     "  Packs only what the course uses: course.xml, the lessons it lists, the media they refer\n"
     "  to, words.txt, media/tts-manifest.txt and a schema inside the folder; every other file\n"
     "  is listed and left out.\n"
     "  Deterministic: sorted entries, fixed times, a SHA-256 manifest; the same folder gives the "
     "same bytes.",
     kompis::author::runPack,
     {kOutput}},
    {"unpack",
     "unpack a .kompis file into a folder (after checking every entry and hash)",
     "kompis-author unpack FILE.kompis -o DIR\n  DIR must not exist or be empty.",
     kompis::author::runUnpack,
     {kOutput}},
    {"tts",
     "make missing clips, and re-voice changed ones, from their transcripts with espeak-ng",
     "kompis-author tts PATH [--speed=WPM] [--add-missing]\n"
     "  For every <audio> whose file is missing: synthesise the transcript (or its say=\"…\"),\n"
     "  with the voice <speakers> gives its speaker, and encode Ogg Vorbis. A clip tts made is\n"
     "  made again when its transcript, voice or speed changed (media/tts-manifest.txt); a clip\n"
     "  it did not make is never touched. A dialogue line whose speaker is not listed is an\n"
     "  error: tts does not guess a voice.\n"
     "  --speed        words a minute for speakers without their own speed= (default 150)\n"
     "  --add-missing  first give every text paragraph and example sentence without a clip an\n"
     "                 <audio> (media/STEP-pN.ogg, media/WORD-ex.ogg) with its text as\n"
     "                 transcript, inserted into the lesson files; the rest of each file stays",
     kompis::author::runTts,
     {{"--speed", Takes::Value}, {"--add-missing"}}},
    {"import",
     "turn word lists and question banks into Kompis lessons",
     "kompis-author import csv|gift|moodle-xml|kvtml|apkg FILE -o FOLDER [--lang sv|nb|nn] "
     "[--swap] [--title TITLE]\n"
     "  FOLDER     a new course folder, or an existing course to add the lessons to\n"
     "  --lang     the language taught (default: the course's, the file's, else sv)\n"
     "  --swap     word lists: the second column is the Swedish or Norwegian one\n"
     "  What cannot be converted is listed as FILE:LINE: warning: ... [import-...]; the result is\n"
     "  then validated like `validate` does.",
     kompis::author::runImport,
     {kOutput, kLang, kTitle, {"--swap"}}},
    {"preview",
     "open the player on a course and show each saved edit at once",
     "kompis-author preview DIR [--lesson ID] [--step ID] [-- PLAYER-OPTION...]\n"
     "  Starts kompis on the course folder DIR alone, with every lesson open and a throwaway\n"
     "  progress store (the learners' own is never touched). Each time a file in DIR is saved\n"
     "  the course is read again, on the same lesson and step; while the course has errors,\n"
     "  they show in the window as path:line:col: message.\n"
     "  --lesson   open this lesson (its id in course.xml)\n"
     "  --step     and this step of it\n"
     "  The player is $KOMPIS_PLAYER, else the kompis beside kompis-author, else on PATH.",
     kompis::author::runPreview,
     {{"--lesson", Takes::Value}, {"--step", Takes::Value}}},
};

// A command that runs out of memory on a huge package reports it instead of aborting with a
// core dump.
int runGuarded(const Command& command, kompis::author::Arguments& args)
{
    try
    {
        return command.run(args);
    }
    catch (const std::bad_alloc&)
    {
        std::fprintf(stderr,
                     "kompis-author %s: out of memory; the package is too large for this "
                     "computer (close other programs, or split the course and its clips)\n",
                     command.name);
        return kompis::author::kUsage;
    }
}

} // namespace

int main(int argc, char** argv)
{
    kompis::tools::Tool tool{"kompis-author", "", {}};
    for (const auto& command : kCommands)
        tool.commands.push_back(
            {command.name, command.summary, command.usage, command.options,
             [&command](kompis::author::Arguments& args) { return runGuarded(command, args); },
             std::string(command.summary) + "\n\nUsage: " + command.usage + "\n"});
    tool.overview = "kompis-author: validate, inspect, pack and voice Kompis course packages\n\n"
                    "Usage: kompis-author COMMAND [ARGS]\n\nCommands:\n" +
                    kompis::tools::listCommands(tool.commands) +
                    "\nkompis-author COMMAND --help describes a command. The course format: "
                    "courses/FORMAT.md;\n"
                    "every diagnostic rule with an example fix: tools/RULES.md.\n";
    return kompis::tools::runTool(tool, argc, argv);
}
