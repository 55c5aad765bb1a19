// polygon.cpp - area, centroid and point-in-polygon for simple polygons.
#include "geom/polygon.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace geom {

Polygon::Polygon(std::vector<Vec2d> vertices) : vertices_(std::move(vertices)) {
    if (vertices_.size() < 3) {
        throw InvalidPolygon("a polygon needs at least 3 vertices, got " +
                             std::to_string(vertices_.size()));
    }
}

double Polygon::signed_area() const {
    double twice = 0.0;
    for_each_edge([&twice](const Vec2d& a, const Vec2d& b) { twice += a.cross(b); });
    return twice / 2.0;
}

double Polygon::area() const { return std::abs(signed_area()); }

double Polygon::perimeter() const {
    double total = 0.0;
    for_each_edge([&](const Vec2d& a, const Vec2d& b) { total += distance(a, b); });
    return total;
}

BoundingBox Polygon::bounds() const { return BoundingBox::of(begin(), end()); }

Winding Polygon::winding() const {
    const double a = signed_area();
    if (std::abs(a) < kEpsilon) return Winding::Degenerate;
    return a > 0 ? Winding::CounterClockwise : Winding::Clockwise;
}

Vec2d Polygon::centroid() const {
    const double a = signed_area();
    Vec2d acc{};
    for_each_edge([&acc](const Vec2d& p, const Vec2d& q) {
        const double w = p.cross(q);
        acc += (p + q) * w;
    });
    return acc * (1.0 / (6.0 * a));
}

bool Polygon::is_convex() const {
    int sign = 0;
    const std::size_t n = vertices_.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Vec2d& a = vertices_[i];
        const Vec2d& b = vertices_[(i + 1) % n];
        const Vec2d& c = vertices_[(i + 2) % n];
        const double turn = (b - a).cross(c - b);
        if (std::abs(turn) < kEpsilon) continue;
        const int s = turn > 0 ? 1 : -1;
        if (sign != 0 && s != sign) {
            return false;
        }
        sign = s;
    }
    return true;
}

// Even-odd ray casting towards +x.
bool Polygon::contains(const Vec2d& p) const {
    bool inside = false;
    for_each_edge([&](const Vec2d& a, const Vec2d& b) {
        const bool crosses = (a.y > p.y) != (b.y > p.y);
        if (crosses) {
            const double x_at = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
            inside ^= p.x < x_at;
        }
    });
    return inside;
}

void Polygon::reverse() { std::reverse(vertices_.begin(), vertices_.end()); }

}  // namespace geom
