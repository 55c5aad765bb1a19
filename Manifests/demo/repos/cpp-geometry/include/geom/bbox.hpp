// bbox.hpp - axis-aligned bounding boxes.
#pragma once

#include <algorithm>
#include <limits>
#include <optional>

#include "geom/vec2.hpp"

namespace geom {

class BoundingBox {
public:
    BoundingBox() = default;
    BoundingBox(Vec2d min, Vec2d max) : min_(min), max_(max), empty_(false) {}

    [[nodiscard]] bool empty() const noexcept { return empty_; }
    [[nodiscard]] const Vec2d& min() const noexcept { return min_; }
    [[nodiscard]] const Vec2d& max() const noexcept { return max_; }
    [[nodiscard]] double width() const { return empty_ ? 0.0 : max_.x - min_.x; }
    [[nodiscard]] double height() const { return empty_ ? 0.0 : max_.y - min_.y; }
    [[nodiscard]] double area() const { return width() * height(); }
    [[nodiscard]] Vec2d center() const { return (min_ + max_) * 0.5; }

    /// Grows the box so that it contains `p`.
    void expand(const Vec2d& p) {
        if (empty_) {
            min_ = max_ = p;
            empty_ = false;
            return;
        }
        min_ = {std::min(min_.x, p.x), std::min(min_.y, p.y)};
        max_ = {std::max(max_.x, p.x), std::max(max_.y, p.y)};
    }

    void expand(const BoundingBox& other) {
        if (!other.empty_) {
            expand(other.min_);
            expand(other.max_);
        }
    }

    [[nodiscard]] bool contains(const Vec2d& p) const {
        return !empty_ && p.x >= min_.x && p.x <= max_.x && p.y >= min_.y && p.y <= max_.y;
    }

    [[nodiscard]] std::optional<BoundingBox> intersection(const BoundingBox& o) const {
        if (empty_ || o.empty_) {
            return std::nullopt;
        }
        Vec2d lo{std::max(min_.x, o.min_.x), std::max(min_.y, o.min_.y)};
        Vec2d hi{std::min(max_.x, o.max_.x), std::min(max_.y, o.max_.y)};
        if (lo.x > hi.x || lo.y > hi.y) {
            return std::nullopt;
        }
        return BoundingBox{lo, hi};
    }

    template <typename It>
    static BoundingBox of(It first, It last) {
        BoundingBox box;
        for (; first != last; ++first) {
            box.expand(*first);
        }
        return box;
    }

private:
    Vec2d min_{std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
    Vec2d max_{std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    bool empty_ = true;
};

}  // namespace geom
