// polygon.hpp - simple polygons described by their vertices.
#pragma once

#include <initializer_list>
#include <stdexcept>
#include <vector>

#include "geom/shape.hpp"

namespace geom {

/// Thrown when a polygon cannot be built from the given vertices.
class InvalidPolygon : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

enum class Winding { Clockwise, CounterClockwise, Degenerate };

class Polygon final : public Shape {
public:
    explicit Polygon(std::vector<Vec2d> vertices);
    Polygon(std::initializer_list<Vec2d> vertices) : Polygon(std::vector<Vec2d>(vertices)) {}

    ShapeKind kind() const noexcept override { return ShapeKind::Polygon; }
    double area() const override;
    double perimeter() const override;
    BoundingBox bounds() const override;
    bool contains(const Vec2d& p) const override;
    ShapePtr clone() const override { return std::make_unique<Polygon>(*this); }

    /// Signed area: positive for counter-clockwise vertex order.
    [[nodiscard]] double signed_area() const;
    [[nodiscard]] Winding winding() const;
    [[nodiscard]] Vec2d centroid() const;
    [[nodiscard]] bool is_convex() const;

    [[nodiscard]] std::size_t size() const noexcept { return vertices_.size(); }
    [[nodiscard]] const Vec2d& operator[](std::size_t i) const { return vertices_.at(i); }
    [[nodiscard]] const std::vector<Vec2d>& vertices() const noexcept { return vertices_; }

    auto begin() const { return vertices_.cbegin(); }
    auto end() const { return vertices_.cend(); }

    void reverse();

private:
    std::vector<Vec2d> vertices_;

    template <typename Fn>
    void for_each_edge(Fn&& fn) const {
        const std::size_t n = vertices_.size();
        for (std::size_t i = 0; i < n; ++i) {
            fn(vertices_[i], vertices_[(i + 1) % n]);
        }
    }
};

}  // namespace geom
