// transform.hpp - 2D affine transforms.
#pragma once

#include <array>
#include <vector>

#include "geom/polygon.hpp"
#include "geom/vec2.hpp"

namespace geom {

/// Row-major 2x3 affine matrix: [a b tx; c d ty].
class Transform {
public:
    constexpr Transform() noexcept = default;

    static Transform translation(double dx, double dy);
    static Transform rotation(double radians);
    static Transform scaling(double sx, double sy);
    static Transform rotation_about(const Vec2d& pivot, double radians);

    /// Composition: (a * b)(p) == a(b(p)).
    Transform operator*(const Transform& rhs) const;
    Vec2d operator()(const Vec2d& p) const;
    Polygon operator()(const Polygon& poly) const;

    [[nodiscard]] double determinant() const { return m_[0] * m_[4] - m_[1] * m_[3]; }
    [[nodiscard]] bool is_identity() const;
    [[nodiscard]] Transform inverse() const;

    friend bool operator==(const Transform& a, const Transform& b);

private:
    constexpr explicit Transform(const std::array<double, 6>& m) noexcept : m_(m) {}

    std::array<double, 6> m_{1.0, 0.0, 0.0, 0.0, 1.0, 0.0};
};

std::vector<Vec2d> apply_all(const Transform& t, const std::vector<Vec2d>& points);

}  // namespace geom
