// Without libFuzzer (g++ builds, ctest) a fuzz target still runs: this main feeds it every file
// named on the command line, or every file below the folders named, so the seed corpora and the
// regression inputs of past crashes are replayed by the normal test suite.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace
{

int replayFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
    {
        std::cerr << path.string() << ": error: cannot read\n";
        return 1;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::filesystem::path> inputs;
    for (int i = 1; i < argc; ++i)
    {
        const std::filesystem::path arg(argv[i]);
        if (std::filesystem::is_directory(arg))
        {
            for (const auto& entry : std::filesystem::recursive_directory_iterator(arg))
                if (entry.is_regular_file())
                    inputs.push_back(entry.path());
        }
        else if (std::filesystem::exists(arg))
            inputs.push_back(arg);
    }
    int failures = 0;
    for (const auto& input : inputs)
        failures += replayFile(input);
    std::cout << "replayed " << inputs.size() << " inputs\n";
    // An empty corpus means the test is not testing anything: fail loudly rather than pass.
    return inputs.empty() || failures ? 1 : 0;
}
