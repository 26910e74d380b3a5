#include "common/CommandLine.hpp"

#include <catch2/catch.hpp>

using kompis::tools::CommandLine;
using kompis::tools::Option;
using kompis::tools::Takes;

namespace
{

const std::vector<Option> kOptions = {
    {"--format", Takes::Value},        {"--output", Takes::Value, "-o"},     {"--werror"},
    {"--quiet", Takes::Nothing, "-q"}, {"--teacher-pin", Takes::MaybeValue},
};

CommandLine parse(std::vector<std::string> words)
{
    return CommandLine::parse(words, kOptions);
}

} // namespace

TEST_CASE("an option's value is read both as --opt value and as --opt=value")
{
    CHECK(parse({"--format", "json"}).value("--format") == "json");
    CHECK(parse({"--format=json"}).value("--format") == "json");
    CHECK(parse({"--format="}).value("--format") == "");
    CHECK_FALSE(parse({"course"}).value("--format"));
}

TEST_CASE("a value is not mistaken for a positional word, and positional words keep their order")
{
    const auto line = parse({"a", "--format", "json", "b", "--werror", "c"});
    CHECK(line.error().empty());
    CHECK(line.positional() == std::vector<std::string>{"a", "b", "c"});
    CHECK(line.flag("--werror"));
    CHECK_FALSE(line.flag("--quiet"));
}

TEST_CASE("a short alias is read under the option's long name")
{
    const auto line = parse({"-o", "out.kompis", "-q", "dir"});
    CHECK(line.value("--output") == "out.kompis");
    CHECK(line.flag("--quiet"));
    CHECK(line.positional() == std::vector<std::string>{"dir"});
}

TEST_CASE("an option given twice keeps its last value")
{
    CHECK(parse({"--format=text", "--format", "json"}).value("--format") == "json");
}

TEST_CASE("everything after -- is positional, even words that look like options")
{
    const auto line = parse({"--werror", "--", "--format", "-q", "-"});
    CHECK(line.error().empty());
    CHECK(line.positional() == std::vector<std::string>{"--format", "-q", "-"});
    CHECK_FALSE(line.value("--format"));
    CHECK_FALSE(line.flag("--quiet"));
}

TEST_CASE("a lone dash is a positional word, as for standard input")
{
    const auto line = parse({"-", "--output", "-"});
    CHECK(line.error().empty());
    CHECK(line.positional() == std::vector<std::string>{"-"});
    CHECK(line.value("--output") == "-");
}

TEST_CASE("an unknown option is an error that names it, also when written with a value")
{
    CHECK(parse({"--frobnicate"}).error() == "unknown option --frobnicate");
    CHECK(parse({"--colour=red"}).error() == "unknown option --colour");
    CHECK(parse({"-x", "dir"}).error() == "unknown option -x");
}

TEST_CASE("an option without its value is an error that names it")
{
    CHECK(parse({"dir", "--format"}).error() == "--format needs a value");
    CHECK(parse({"-o", "--werror"}).error() == "-o needs a value");
}

TEST_CASE("a flag given a value is an error that names it")
{
    CHECK(parse({"--werror=yes"}).error() == "--werror takes no value");
}

TEST_CASE("an option that may take a value never swallows the next word")
{
    const auto bare = parse({"--teacher-pin", "1234"});
    CHECK(bare.error().empty());
    CHECK(bare.flag("--teacher-pin"));
    CHECK(bare.positional() == std::vector<std::string>{"1234"});
    CHECK(parse({"--teacher-pin=1234"}).flag("--teacher-pin"));
}

TEST_CASE("--help and -h are understood by every command, whatever else is wrong")
{
    CHECK(parse({"--help"}).wantsHelp());
    CHECK(parse({"dir", "-h"}).wantsHelp());
    CHECK_FALSE(parse({"dir"}).wantsHelp());
    CHECK(parse({"--help", "--frobnicate"}).wantsHelp());
}

TEST_CASE("the first problem is the one reported")
{
    CHECK(parse({"--nope", "--format"}).error() == "unknown option --nope");
}
