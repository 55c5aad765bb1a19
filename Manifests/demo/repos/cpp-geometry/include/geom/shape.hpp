// shape.hpp - abstract shape interface and the basic primitives.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "geom/bbox.hpp"
#include "geom/vec2.hpp"

namespace geom {

enum class ShapeKind : unsigned char { Circle, Rectangle, Polygon };

std::string_view to_string(ShapeKind kind) noexcept;

/// Base class for every shape that can be measured and hit-tested.
class Shape {
public:
    virtual ~Shape() = default;

    [[nodiscard]] virtual ShapeKind kind() const noexcept = 0;
    [[nodiscard]] virtual double area() const = 0;
    [[nodiscard]] virtual double perimeter() const = 0;
    [[nodiscard]] virtual BoundingBox bounds() const = 0;
    [[nodiscard]] virtual bool contains(const Vec2d& p) const = 0;
    [[nodiscard]] virtual std::unique_ptr<Shape> clone() const = 0;

    [[nodiscard]] std::string describe() const;
};

class Circle final : public Shape {
public:
    Circle(Vec2d center, double radius);

    ShapeKind kind() const noexcept override { return ShapeKind::Circle; }
    double area() const override;
    double perimeter() const override;
    BoundingBox bounds() const override;
    bool contains(const Vec2d& p) const override;
    std::unique_ptr<Shape> clone() const override { return std::make_unique<Circle>(*this); }

    const Vec2d& center() const { return center_; }
    double radius() const { return radius_; }

private:
    Vec2d center_;
    double radius_;
};

class Rectangle final : public Shape {
public:
    Rectangle(Vec2d origin, double width, double height);

    ShapeKind kind() const noexcept override { return ShapeKind::Rectangle; }
    double area() const override { return width_ * height_; }
    double perimeter() const override { return 2.0 * (width_ + height_); }
    BoundingBox bounds() const override;
    bool contains(const Vec2d& p) const override { return bounds().contains(p); }
    std::unique_ptr<Shape> clone() const override { return std::make_unique<Rectangle>(*this); }

    const Vec2d& origin() const { return origin_; }
    double width() const { return width_; }
    double height() const { return height_; }

private:
    Vec2d origin_;
    double width_;
    double height_;
};

using ShapePtr = std::unique_ptr<Shape>;

}  // namespace geom
