#pragma once

// A strict little JSON reader for checking exported statements in tests (RFC 8259 grammar).

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kompis::test
{

struct JsonValue;
using JsonObject = std::map<std::string, JsonValue>;
using JsonArray = std::vector<JsonValue>;

struct JsonValue
{
    std::variant<std::nullptr_t, bool, double, std::string, std::shared_ptr<JsonArray>,
                 std::shared_ptr<JsonObject>>
        v;

    [[nodiscard]] bool isObject() const { return v.index() == 5; }
    [[nodiscard]] bool isArray() const { return v.index() == 4; }
    [[nodiscard]] bool isString() const { return v.index() == 3; }
    [[nodiscard]] bool isNumber() const { return v.index() == 2; }
    [[nodiscard]] bool isBool() const { return v.index() == 1; }
    [[nodiscard]] const JsonObject& object() const { return *std::get<5>(v); }
    [[nodiscard]] const JsonArray& array() const { return *std::get<4>(v); }
    [[nodiscard]] const std::string& str() const { return std::get<3>(v); }
    [[nodiscard]] double number() const { return std::get<2>(v); }
    [[nodiscard]] bool boolean() const { return std::get<1>(v); }
    [[nodiscard]] bool has(const std::string& key) const
    {
        return isObject() && object().count(key) > 0;
    }
    /// Member by key; throws std::out_of_range when missing.
    [[nodiscard]] const JsonValue& operator[](const std::string& key) const
    {
        return object().at(key);
    }
};

/// Parses a whole document; throws std::runtime_error with the offset on any syntax error.
JsonValue parseJson(std::string_view text);

} // namespace kompis::test
