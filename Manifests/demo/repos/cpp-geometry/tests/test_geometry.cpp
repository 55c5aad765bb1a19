// test_geometry.cpp - assertion-based tests, run with: ./test_geometry
#include <cassert>
#include <cmath>
#include <iostream>
#include <numbers>
#include <sstream>
#include <vector>

#include "geom/algorithms.hpp"
#include "geom/io.hpp"
#include "geom/transform.hpp"

using namespace geom;

namespace {

int g_passed = 0;

#define EXPECT_NEAR(a, b) \
    do { assert(std::abs((a) - (b)) < 1e-6); ++g_passed; } while (false)

void test_vectors() {
    constexpr Vec2i a{3, 4};
    static_assert(a.dot(a) == 25);
    EXPECT_NEAR(Vec2d(3.0, 4.0).length(), 5.0);
    EXPECT_NEAR(Vec2d(1.0, 0.0).rotated(std::numbers::pi / 2).y, 1.0);
}

void test_polygon() {
    Polygon square{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
    EXPECT_NEAR(square.area(), 4.0);
    EXPECT_NEAR(square.perimeter(), 8.0);
    assert(square.winding() == Winding::CounterClockwise);
    assert(square.contains({1.0, 1.0}) && !square.contains({3.0, 1.0}));
    assert(square.centroid() == Vec2d(1.0, 1.0));
    square.reverse();
    assert(square.winding() == Winding::Clockwise && square.is_convex());
}

void test_transform() {
    const auto t = Transform::rotation_about({1.0, 1.0}, std::numbers::pi);
    assert(t(Vec2d{0.0, 0.0}) == Vec2d(2.0, 2.0));
    assert((t * t.inverse()).is_identity());
    EXPECT_NEAR(Transform::scaling(2.0, 3.0).determinant(), 6.0);
}

void test_hull_and_io() {
    std::vector<Vec2d> pts{{0, 0}, {1, 1}, {2, 0}, {2, 2}, {0, 2}, {1, 0.5}};
    const Polygon hull = algo::hull_polygon(pts);
    assert(hull.size() == 4);

    std::istringstream input("# demo\ncircle 0 0 1\nrect 0 0 2 3\npoly 0 0 1 0 0 1\nstar 1\n");
    const io::Document doc = io::read_document(input);
    assert(doc.shapes.size() == 3 && doc.errors.size() == 1);
    EXPECT_NEAR(algo::total_area(doc.shapes), std::numbers::pi + 6.0 + 0.5);
    const auto circles = algo::count_if_shape(
        doc.shapes, [](const ShapePtr& s) { return s->kind() == ShapeKind::Circle; });
    assert(circles == 1u);

    std::ostringstream out;
    io::write_shape(out, *doc.shapes[1]);
    assert(out.str() == "rect 0 0 2 3\n");
}

}  // namespace

int main() {
    test_vectors();
    test_polygon();
    test_transform();
    test_hull_and_io();
    std::cout << "all geometry tests passed (" << g_passed << " numeric checks)\n";
    return 0;
}
