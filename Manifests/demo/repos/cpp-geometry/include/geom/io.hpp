// io.hpp - reading and writing shapes in a tiny line-based text format.
//
//   circle <cx> <cy> <r>
//   rect <x> <y> <w> <h>
//   poly <x1> <y1> <x2> <y2> ...
#pragma once

#include <iosfwd>
#include <string>
#include <variant>
#include <vector>

#include "geom/shape.hpp"

namespace geom::io {

struct ParseError {
    std::size_t line;
    std::string message;
};

using ParseResult = std::variant<ShapePtr, ParseError>;

/// Parses one line; blank lines and '#' comments yield a null pointer.
ParseResult parse_line(const std::string& text, std::size_t line_no = 1);

struct Document {
    std::vector<ShapePtr> shapes;
    std::vector<ParseError> errors;

    [[nodiscard]] bool ok() const noexcept { return errors.empty(); }
};

Document read_document(std::istream& in);
void write_shape(std::ostream& out, const Shape& shape);
std::string summary(const Document& doc);

}  // namespace geom::io
