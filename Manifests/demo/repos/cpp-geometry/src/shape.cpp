// shape.cpp - Circle and Rectangle implementations.
#include "geom/shape.hpp"

#include <numbers>
#include <sstream>
#include <stdexcept>

namespace geom {

namespace {

void require_positive(double value, const char* what) {
    if (!(value > 0.0)) {
        throw std::invalid_argument(std::string(what) + " must be positive");
    }
}

}  // namespace

std::string_view to_string(ShapeKind kind) noexcept {
    switch (kind) {
        case ShapeKind::Circle:
            return "circle";
        case ShapeKind::Rectangle:
            return "rectangle";
        case ShapeKind::Polygon:
            return "polygon";
    }
    return "unknown";
}

std::string Shape::describe() const {
    std::ostringstream out;
    out.precision(3);
    out << to_string(kind()) << " area=" << area() << " perimeter=" << perimeter();
    return out.str();
}

Circle::Circle(Vec2d center, double radius) : center_(center), radius_(radius) {
    require_positive(radius, "radius");
}

double Circle::area() const { return std::numbers::pi * radius_ * radius_; }

double Circle::perimeter() const { return 2.0 * std::numbers::pi * radius_; }

BoundingBox Circle::bounds() const {
    const Vec2d r{radius_, radius_};
    return BoundingBox{center_ - r, center_ + r};
}

bool Circle::contains(const Vec2d& p) const {
    const Vec2d d = p - center_;
    return d.dot(d) <= radius_ * radius_ + kEpsilon;
}

Rectangle::Rectangle(Vec2d origin, double width, double height)
    : origin_(origin), width_(width), height_(height) {
    require_positive(width, "width");
    require_positive(height, "height");
}

BoundingBox Rectangle::bounds() const {
    return BoundingBox{origin_, origin_ + Vec2d{width_, height_}};
}

}  // namespace geom
