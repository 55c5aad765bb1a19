// vec2.hpp - two-dimensional vector type used throughout the library.
#pragma once

#include <cmath>
#include <ostream>
#include <type_traits>

namespace geom {

/// Tolerance used for approximate floating point comparisons.
inline constexpr double kEpsilon = 1e-9;

template <typename T>
struct Vec2 {
    static_assert(std::is_arithmetic_v<T>, "Vec2 requires an arithmetic type");

    T x{};
    T y{};

    constexpr Vec2() = default;
    constexpr Vec2(T x_, T y_) : x(x_), y(y_) {}

    constexpr Vec2 operator+(const Vec2& o) const { return {x + o.x, y + o.y}; }
    constexpr Vec2 operator-(const Vec2& o) const { return {x - o.x, y - o.y}; }
    constexpr Vec2 operator*(T s) const { return {x * s, y * s}; }
    constexpr Vec2 operator-() const { return {-x, -y}; }

    Vec2& operator+=(const Vec2& o) {
        x += o.x;
        y += o.y;
        return *this;
    }

    [[nodiscard]] constexpr T dot(const Vec2& o) const { return x * o.x + y * o.y; }
    /// Z component of the 3D cross product; positive for a left turn.
    [[nodiscard]] constexpr T cross(const Vec2& o) const { return x * o.y - y * o.x; }
    [[nodiscard]] double length() const { return std::hypot(double(x), double(y)); }

    [[nodiscard]] Vec2<double> normalized() const {
        const double len = length();
        if (len < kEpsilon) {
            return {0.0, 0.0};
        }
        return {x / len, y / len};
    }

    [[nodiscard]] Vec2<double> rotated(double radians) const {
        const double c = std::cos(radians);
        const double s = std::sin(radians);
        return {x * c - y * s, x * s + y * c};
    }
};

using Vec2d = Vec2<double>;
using Vec2i = Vec2<int>;

template <typename T>
constexpr bool operator==(const Vec2<T>& a, const Vec2<T>& b) {
    if constexpr (std::is_floating_point_v<T>) {
        return std::abs(a.x - b.x) < kEpsilon && std::abs(a.y - b.y) < kEpsilon;
    } else {
        return a.x == b.x && a.y == b.y;
    }
}

template <typename T>
std::ostream& operator<<(std::ostream& os, const Vec2<T>& v) {
    return os << '(' << v.x << ", " << v.y << ')';
}

inline double distance(const Vec2d& a, const Vec2d& b) { return (a - b).length(); }

}  // namespace geom
