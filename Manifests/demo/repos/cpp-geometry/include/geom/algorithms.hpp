// algorithms.hpp - header-only geometric algorithms.
#pragma once

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <iterator>
#include <numeric>
#include <vector>

#include "geom/polygon.hpp"
#include "geom/vec2.hpp"

namespace geom::algo {

/// Orientation of the triple (a, b, c): >0 left turn, <0 right turn, 0 collinear.
template <typename T>
constexpr T orientation(const Vec2<T>& a, const Vec2<T>& b, const Vec2<T>& c) {
    return (b - a).cross(c - a);
}

/// Andrew's monotone chain convex hull; returns vertices in counter-clockwise order.
template <typename T>
std::vector<Vec2<T>> convex_hull(std::vector<Vec2<T>> pts) {
    if (pts.size() < 3) {
        return pts;
    }
    std::sort(pts.begin(), pts.end(), [](const auto& a, const auto& b) {
        return a.x < b.x || (a.x == b.x && a.y < b.y);
    });

    std::vector<Vec2<T>> hull(2 * pts.size());
    std::size_t k = 0;
    for (const auto& p : pts) {
        while (k >= 2 && orientation(hull[k - 2], hull[k - 1], p) <= 0) --k;
        hull[k++] = p;
    }
    for (std::size_t i = pts.size() - 1, lower = k + 1; i-- > 0;) {
        while (k >= lower && orientation(hull[k - 2], hull[k - 1], pts[i]) <= 0) --k;
        hull[k++] = pts[i];
    }
    hull.resize(k - 1);
    return hull;
}

/// Anything that behaves like a pointer to a measurable shape.
template <typename P>
concept ShapeHandle = requires(const P& p) {
    { p->area() } -> std::convertible_to<double>;
    { p->bounds() } -> std::same_as<BoundingBox>;
};

/// Sum of areas of any range of shapes (or pointers to shapes).
template <typename Range>
    requires ShapeHandle<typename Range::value_type>
double total_area(const Range& shapes) {
    return std::accumulate(std::begin(shapes), std::end(shapes), 0.0,
                           [](double acc, const auto& s) { return acc + s->area(); });
}

template <typename Range, typename Pred>
std::size_t count_if_shape(const Range& shapes, Pred&& pred) {
    return static_cast<std::size_t>(std::count_if(std::begin(shapes), std::end(shapes),
                                                  std::forward<Pred>(pred)));
}

inline Polygon hull_polygon(const std::vector<Vec2d>& points) {
    return Polygon(convex_hull(points));
}

}  // namespace geom::algo
