// transform.cpp - affine transform construction and application.
#include "geom/transform.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace geom {

Transform Transform::translation(double dx, double dy) {
    return Transform({1.0, 0.0, dx, 0.0, 1.0, dy});
}

Transform Transform::rotation(double radians) {
    const double c = std::cos(radians);
    const double s = std::sin(radians);
    return Transform({c, -s, 0.0, s, c, 0.0});
}

Transform Transform::scaling(double sx, double sy) {
    return Transform({sx, 0.0, 0.0, 0.0, sy, 0.0});
}

Transform Transform::rotation_about(const Vec2d& pivot, double radians) {
    return translation(pivot.x, pivot.y) * rotation(radians) * translation(-pivot.x, -pivot.y);
}

Transform Transform::operator*(const Transform& rhs) const {
    const auto& a = m_;
    const auto& b = rhs.m_;
    return Transform({
        a[0] * b[0] + a[1] * b[3],
        a[0] * b[1] + a[1] * b[4],
        a[0] * b[2] + a[1] * b[5] + a[2],
        a[3] * b[0] + a[4] * b[3],
        a[3] * b[1] + a[4] * b[4],
        a[3] * b[2] + a[4] * b[5] + a[5],
    });
}

Vec2d Transform::operator()(const Vec2d& p) const {
    return {m_[0] * p.x + m_[1] * p.y + m_[2], m_[3] * p.x + m_[4] * p.y + m_[5]};
}

Polygon Transform::operator()(const Polygon& poly) const {
    return Polygon(apply_all(*this, poly.vertices()));
}

bool Transform::is_identity() const { return *this == Transform{}; }

Transform Transform::inverse() const {
    const double det = determinant();
    if (std::abs(det) < kEpsilon) {
        throw std::domain_error("transform is not invertible");
    }
    const double inv = 1.0 / det;
    const double a = m_[4] * inv, b = -m_[1] * inv;
    const double c = -m_[3] * inv, d = m_[0] * inv;
    return Transform({a, b, -(a * m_[2] + b * m_[5]), c, d, -(c * m_[2] + d * m_[5])});
}

bool operator==(const Transform& a, const Transform& b) {
    return std::equal(a.m_.begin(), a.m_.end(), b.m_.begin(),
                      [](double x, double y) { return std::abs(x - y) < kEpsilon; });
}

std::vector<Vec2d> apply_all(const Transform& t, const std::vector<Vec2d>& points) {
    std::vector<Vec2d> out;
    out.reserve(points.size());
    std::transform(points.begin(), points.end(), std::back_inserter(out), t);
    return out;
}

}  // namespace geom
