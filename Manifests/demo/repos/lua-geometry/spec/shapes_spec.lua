-- Busted specs for shapes, the top-level API and SVG serialisation.
local geo = require("geometry")

local vec = geo.vec

describe("shapes", function()
  it("computes areas and perimeters", function()
    local r = geo.rect(0, 0, 4, 3)
    local c = geo.circle(vec(0, 0), 1)
    local tri = geo.polygon(vec(0, 0), vec(4, 0), vec(0, 3))
    assert.are.equal(12, r:area())
    assert.are.equal(14, r:perimeter())
    assert.is_true(geo.util.near(math.pi, c:area()))
    assert.are.equal(6, tri:area())
    assert.are.equal(12, tri:perimeter())
  end)

  it("knows its class hierarchy", function()
    local c = geo.circle(vec(1, 1), 2)
    assert.is_true(c:is(geo.Circle))
    assert.is_true(c:is(geo.Shape))
    assert.is_false(c:is(geo.Rect))
  end)

  it("tests point containment", function()
    local square = geo.Polygon.regular(4, vec(0, 0), math.sqrt(2), math.pi / 4)
    assert.is_true(square:contains(vec(0.5, -0.5)))
    assert.is_false(square:contains(vec(1.5, 0)))
    assert.is_true(square:isConvex())
  end)

  it("finds a circle through three points", function()
    local c = geo.Circle.through(vec(1, 0), vec(0, 1), vec(-1, 0))
    assert.is_true(c.center == vec(0, 0))
    assert.is_nil(geo.Circle.through(vec(0, 0), vec(1, 1), vec(2, 2)))
  end)

  it("turns rotated rectangles into polygons", function()
    local shapes = { geo.rect(0, 0, 2, 2), geo.circle(vec(5, 5), 1) }
    local moved, skipped = geo.transformAll(shapes, geo.Matrix.rotation(math.pi / 6))
    assert.are.equal(2, #moved)
    assert.are.equal(0, #skipped)
    assert.is_true(moved[1]:is(geo.Polygon))
  end)
end)

describe("serialize", function()
  it("writes svg elements with sorted style attributes", function()
    local r = geo.rect(1, 2, 3.5, 4):styled({ stroke_width = 2, fill = "none" })
    assert.are.equal('<rect x="1" y="2" width="3.5" height="4" fill="none" stroke-width="2"/>',
      geo.serialize.toSvgElement(r))
  end)

  it("parses path data", function()
    local poly = assert(geo.serialize.parsePath("M 0 0 L 10 0 L 10 5 L 0 5 Z"))
    assert.are.equal(50, poly:area())
    local bad, msg = geo.serialize.parsePath("M 0 0 L 1")
    assert.is_nil(bad)
    assert.matches("odd number", msg)
  end)
end)
