// Reading and writing packed courses with libzip: maintained, in Debian, and it checks the
// archive's consistency (ZIP_CHECKCONS) so truncated or tampered central directories are
// caught before we read a byte of content.
#include "core/package/Manifest.hpp"
#include "core/package/MemoryPackage.hpp"
#include "core/package/OpenPackage.hpp"

#include <cstdio>
#include <set>
#include <sys/stat.h>
#include <zip.h>

namespace kompis::core
{

namespace
{

struct ZipCloser
{
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipCloser>;

struct ZipFileCloser
{
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

std::string zipError(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return text;
}

std::string megabytes(std::size_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.0f MiB", double(bytes) / (1024.0 * 1024.0));
    return text;
}

/// Whether a course folder stays within the limits a packed course has; "" or why not. Stops
/// counting at the first limit passed, so a folder of a million files costs little.
std::string folderOverLimits(const std::filesystem::path& folder, const ZipLimits& limits)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    std::size_t entries = 0;
    std::size_t total = 0;
    for (fs::recursive_directory_iterator
             it(folder, fs::directory_options::skip_permission_denied, ec),
         end;
         !ec && it != end; it.increment(ec))
    {
        if (!it->is_regular_file(ec))
            continue;
        const auto bytes = static_cast<std::size_t>(it->file_size(ec));
        if (++entries > limits.maxEntries)
            return folder.string() + " holds more than " + std::to_string(limits.maxEntries) +
                   " files; a course package holds fewer. Open the course folder itself, not a "
                   "folder above it";
        if (bytes > limits.maxEntryBytes)
            return folder.string() + ": `" + fs::relative(it->path(), folder, ec).string() +
                   "` is " + megabytes(bytes) + ", over the " + megabytes(limits.maxEntryBytes) +
                   " limit for one file of a course; make it smaller (shorter clips, smaller "
                   "images)";
        total += bytes;
        if (total > limits.maxTotalBytes)
            return folder.string() + " holds more than " + megabytes(limits.maxTotalBytes) +
                   "; a course package must stay under that. Remove files it does not use";
    }
    return {};
}

/// 1 January 2000, 00:00 UTC: every entry gets this time so packing is reproducible.
constexpr time_t kFixedTime = 946684800;

} // namespace

std::unique_ptr<PackageFiles> openKompisFile(const std::filesystem::path& file, OpenError& failure,
                                             const ZipLimits& limits)
{
    std::string& error = failure.message;
    const std::string name = file.filename().string();
    int code = 0;
    ZipHandle archive(zip_open(file.string().c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
    if (!archive)
    {
        error = name + " cannot be opened as a packed course (" + zipError(code) +
                "); it may be damaged or not a .kompis file: pack the course again";
        return nullptr;
    }
    const auto count = zip_get_num_entries(archive.get(), 0);
    if (count < 0 || static_cast<std::size_t>(count) > limits.maxEntries)
    {
        failure.overLimits = true;
        error = name + " holds more than " + std::to_string(limits.maxEntries) +
                " files; it is not a course package";
        return nullptr;
    }
    std::map<std::string, std::string> files;
    std::size_t total = 0;
    std::uint64_t compressedTotal = 0;
    std::error_code sizeError;
    const std::uint64_t archiveBytes = std::filesystem::file_size(file, sizeError);
    for (zip_uint64_t index = 0; index < static_cast<zip_uint64_t>(count); ++index)
    {
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME))
        {
            error =
                name + ": entry " + std::to_string(index) + " cannot be read; the file is damaged";
            return nullptr;
        }
        const std::string entry = stat.name;
        if (entry.ends_with('/'))
            continue; // a folder
        if (!isSafePackagePath(entry))
        {
            error = name + ": the entry `" + entry +
                    "` points outside the package or is not written plainly (absolute path, "
                    "`..`, `.` or an empty part); this file is refused for your safety";
            return nullptr;
        }
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(archive.get(), index, 0, &system, &attributes) == 0 &&
            system == ZIP_OPSYS_UNIX && S_ISLNK(attributes >> 16))
        {
            error = name + ": the entry `" + entry +
                    "` is a symbolic link; packages hold only plain files";
            return nullptr;
        }
        if (files.contains(entry))
        {
            error = name + ": the entry `" + entry +
                    "` appears twice; the package is damaged or tampered with";
            return nullptr;
        }
        if (stat.size > limits.maxEntryBytes)
        {
            failure.overLimits = true;
            error = name + ": the entry `" + entry + "` would unpack to " + megabytes(stat.size) +
                    ", over the " + megabytes(limits.maxEntryBytes) + " limit for one file";
            return nullptr;
        }
        total += stat.size;
        compressedTotal += stat.comp_size;
        // Entries that share compressed bytes claim more data than the file holds.
        if (compressedTotal > archiveBytes)
        {
            error = name + ": its entries overlap (they claim more compressed data than the file "
                           "holds), as zip bombs do; the package is refused";
            return nullptr;
        }
        if (total > limits.maxTotalBytes)
        {
            failure.overLimits = true;
            error = name + " would unpack to more than " + megabytes(limits.maxTotalBytes) +
                    "; it is refused";
            return nullptr;
        }
        if (stat.size > 65536 &&
            double(stat.size) >
                limits.maxCompressionRatio * double(std::max<zip_uint64_t>(stat.comp_size, 1)))
        {
            error = name + ": the entry `" + entry + "` is compressed more than " +
                    std::to_string(int(limits.maxCompressionRatio)) +
                    " to 1, as zip bombs are; the package is refused";
            return nullptr;
        }
        std::unique_ptr<zip_file_t, ZipFileCloser> handle(zip_fopen_index(archive.get(), index, 0));
        if (!handle)
        {
            error = name + ": the entry `" + entry + "` cannot be read (" +
                    zip_strerror(archive.get()) + ")";
            return nullptr;
        }
        // Read one byte more than declared: a size that lies is caught, not trusted.
        std::string bytes(stat.size + 1, '\0');
        const auto got = zip_fread(handle.get(), bytes.data(), bytes.size());
        if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size)
        {
            error = name + ": the entry `" + entry +
                    "` is damaged (its data does not match its size or checksum)";
            return nullptr;
        }
        bytes.resize(stat.size);
        files.emplace(entry, std::move(bytes));
    }

    const auto manifestEntry = files.find(std::string(kManifestName));
    if (manifestEntry == files.end())
    {
        error = name + " has no " + std::string(kManifestName) +
                ", so its files cannot be checked; make it with `kompis-author pack`";
        return nullptr;
    }
    auto manifest = readManifest(manifestEntry->second, error);
    if (!manifest)
    {
        error = name + ": " + error;
        return nullptr;
    }
    files.erase(manifestEntry);
    for (const auto& [path, bytes] : files)
    {
        const auto listed = manifest->find(path);
        if (listed == manifest->end())
        {
            error = name + ": `" + path +
                    "` is not in the manifest; the package was changed after packing";
            return nullptr;
        }
        if (listed->second != sha256Hex(bytes))
        {
            error =
                name + ": `" + path +
                "` does not match its SHA-256 in the manifest; the file is damaged or was changed";
            return nullptr;
        }
    }
    for (const auto& [path, hash] : *manifest)
        if (!files.contains(path))
        {
            error = name + ": `" + path + "` is in the manifest but missing from the package";
            return nullptr;
        }
    return std::make_unique<MemoryPackage>(std::move(files), file.string() + ":");
}

std::string writeKompisFile(const std::filesystem::path& file,
                            const std::map<std::string, std::string>& files)
{
    std::map<std::string, std::string> hashes;
    for (const auto& [path, bytes] : files)
    {
        if (!isSafePackagePath(path) || path == kManifestName)
            return "`" + path + "` cannot go into a package";
        hashes.emplace(path, sha256Hex(bytes));
    }
    const std::string manifest = writeManifest(hashes);
    const auto temporary = file.string() + ".partial";
    std::remove(temporary.c_str());
    int code = 0;
    ZipHandle archive(zip_open(temporary.c_str(), ZIP_CREATE | ZIP_EXCL, &code));
    if (!archive)
        return file.string() + ": cannot create (" + zipError(code) + ")";
    auto add = [&](const std::string& path, const std::string& bytes) -> std::string
    {
        zip_source_t* source = zip_source_buffer(archive.get(), bytes.data(), bytes.size(), 0);
        if (!source)
            return zip_strerror(archive.get());
        const auto index = zip_file_add(archive.get(), path.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0)
        {
            zip_source_free(source);
            return zip_strerror(archive.get());
        }
        // Same bytes every time: fixed time, fixed permissions, fixed compression.
        zip_file_set_mtime(archive.get(), static_cast<zip_uint64_t>(index), kFixedTime, 0);
        zip_file_set_external_attributes(archive.get(), static_cast<zip_uint64_t>(index), 0,
                                         ZIP_OPSYS_UNIX, (S_IFREG | 0644u) << 16);
        zip_set_file_compression(archive.get(), static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE,
                                 9);
        return {};
    };
    // The manifest goes first so a reader can check entries as they come.
    if (auto problem = add(std::string(kManifestName), manifest); !problem.empty())
        return file.string() + ": " + problem;
    for (const auto& [path, bytes] : files)
        if (auto problem = add(path, bytes); !problem.empty())
            return file.string() + ": cannot add " + path + " (" + problem + ")";
    if (zip_close(archive.get()) != 0)
    {
        const std::string problem = zip_strerror(archive.get());
        return file.string() + ": cannot write (" + problem + "); is the disk full?";
    }
    (void)archive.release(); // zip_close freed it
    std::error_code renameError;
    std::filesystem::rename(temporary, file, renameError);
    if (renameError)
        return file.string() + ": cannot write (" + renameError.message() + ")";
    return {};
}

std::unique_ptr<PackageFiles> openKompisFile(const std::filesystem::path& file, std::string& error,
                                             const ZipLimits& limits)
{
    OpenError failure;
    auto package = openKompisFile(file, failure, limits);
    error = std::move(failure.message);
    return package;
}

std::unique_ptr<PackageFiles> openPackage(const std::filesystem::path& path, OpenError& error,
                                          const ZipLimits& limits)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
    {
        if (error.message = folderOverLimits(path, limits); !error.message.empty())
        {
            error.overLimits = true;
            return nullptr;
        }
        return std::make_unique<DirectoryPackage>(path.string());
    }
    if (!std::filesystem::exists(path, ec))
    {
        error.message = path.string() + " does not exist";
        return nullptr;
    }
    return openKompisFile(path, error, limits);
}

std::unique_ptr<PackageFiles> openPackage(const std::filesystem::path& path, std::string& error,
                                          const ZipLimits& limits)
{
    OpenError failure;
    auto package = openPackage(path, failure, limits);
    error = std::move(failure.message);
    return package;
}

} // namespace kompis::core
