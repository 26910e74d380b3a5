#include "import/TextEncoding.hpp"

#include "core/text/Unicode.hpp"

#include <memory>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

namespace kompis::author::import
{

namespace
{

std::string convert(const std::string& bytes, const char* charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::string out(bytes.size() * 3 + 4, '\0');
    const auto length = ucnv_convert("UTF-8", charset, out.data(), static_cast<int32_t>(out.size()),
                                     bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status))
        return {};
    out.resize(static_cast<std::size_t>(length));
    return out;
}

/// The detector's best guess among the charsets a file from a Nordic or Ukrainian teacher is
/// likely to be in; ISO-8859-1 is read as its superset Windows-1252 (Excel writes € and curly
/// quotes in 0x80–0x9F).
std::string detectCharset(const std::string& bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                        &ucsdet_close);
    if (U_FAILURE(status))
        return "windows-1252";
    ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
    const char* name = match && U_SUCCESS(status) ? ucsdet_getName(match, &status) : nullptr;
    if (!name || U_FAILURE(status))
        return "windows-1252";
    const std::string charset = name;
    if (charset == "ISO-8859-1" || charset == "UTF-8")
        return "windows-1252";
    return charset;
}

} // namespace

std::string toUtf8(const std::string& bytes, std::string& converted)
{
    converted.clear();
    if (bytes.starts_with("\xEF\xBB\xBF"))
        return toUtf8(bytes.substr(3), converted);
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"))
    {
        converted = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
        return convert(bytes.substr(2), converted.c_str());
    }
    if (core::text::validUtf8(bytes))
        return bytes;
    converted = detectCharset(bytes);
    auto text = convert(bytes, converted.c_str());
    if (text.empty() && !bytes.empty())
    {
        converted = "windows-1252";
        text = convert(bytes, converted.c_str());
    }
    return text;
}

} // namespace kompis::author::import
