#pragma once

#include "core/diag/Diagnostic.hpp"

#include <cstddef>
#include <functional>
#include <string_view>

namespace kompis::core::loader
{

/// Reports, with line and column, what tinyxml2 would let through silently: control characters
/// (raw or as references), `&#0;` and surrogate references (which cut or break the text),
/// entities XML does not define (`&auml;`, `&nbsp;`: learners would see them as written) and a
/// bare `&`. Linear in `text`; comments, CDATA and declarations are not references.
/// Returns false when the file must not be parsed at all: a tag with more attributes than any
/// course element has (`xml.too-many-attributes`), which would cost the parser quadratic time.
bool checkXmlCharacters(std::string_view text,
                        const std::function<SourceLocation(std::size_t)>& locate,
                        DiagnosticSink& sink);

} // namespace kompis::core::loader
