// io.cpp - text format parser and writer for shapes.
#include "geom/io.hpp"

#include <istream>
#include <ostream>
#include <sstream>
#include <stdexcept>

#include "geom/polygon.hpp"

namespace geom::io {

namespace {

std::vector<double> read_numbers(std::istringstream& in) {
    std::vector<double> values;
    double v = 0.0;
    while (in >> v) {
        values.push_back(v);
    }
    if (!in.eof()) {
        throw std::runtime_error("expected a number");
    }
    return values;
}

}  // namespace

ParseResult parse_line(const std::string& text, std::size_t line_no) {
    std::istringstream in(text);
    std::string keyword;
    if (!(in >> keyword) || keyword.front() == '#') {
        return ShapePtr{};
    }
    try {
        const auto nums = read_numbers(in);
        if (keyword == "circle" && nums.size() == 3) {
            return std::make_unique<Circle>(Vec2d{nums[0], nums[1]}, nums[2]);
        } else if (keyword == "rect" && nums.size() == 4) {
            return std::make_unique<Rectangle>(Vec2d{nums[0], nums[1]}, nums[2], nums[3]);
        } else if (keyword == "poly" && nums.size() % 2 == 0) {
            std::vector<Vec2d> pts;
            for (std::size_t i = 0; i + 1 < nums.size(); i += 2) {
                pts.emplace_back(nums[i], nums[i + 1]);
            }
            return std::make_unique<Polygon>(std::move(pts));
        }
        return ParseError{line_no, "bad arguments for '" + keyword + "'"};
    } catch (const std::exception& ex) {
        return ParseError{line_no, ex.what()};
    }
}

Document read_document(std::istream& in) {
    Document doc;
    std::string line;
    std::size_t line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        auto result = parse_line(line, line_no);
        if (auto* err = std::get_if<ParseError>(&result)) {
            doc.errors.push_back(std::move(*err));
        } else if (auto& shape = std::get<ShapePtr>(result); shape != nullptr) {
            doc.shapes.push_back(std::move(shape));
        }
    }
    return doc;
}

void write_shape(std::ostream& out, const Shape& shape) {
    if (const auto* c = dynamic_cast<const Circle*>(&shape)) {
        out << "circle " << c->center().x << ' ' << c->center().y << ' ' << c->radius();
    } else if (const auto* r = dynamic_cast<const Rectangle*>(&shape)) {
        out << "rect " << r->origin().x << ' ' << r->origin().y << ' ' << r->width() << ' '
            << r->height();
    } else if (const auto* p = dynamic_cast<const Polygon*>(&shape)) {
        out << "poly";
        for (const auto& [x, y] : p->vertices()) {
            out << ' ' << x << ' ' << y;
        }
    }
    out << '\n';
}

std::string summary(const Document& doc) {
    std::ostringstream out;
    out << doc.shapes.size() << " shape(s), " << doc.errors.size() << " error(s)";
    for (const auto& e : doc.errors) {
        out << "\n  line " << e.line << ": " << e.message;
    }
    return out.str();
}

}  // namespace geom::io
