-- Busted specs for vectors and matrices.
local Matrix = require("geometry.matrix")
local Vector = require("geometry.vector")
local util = require("geometry.util")

describe("Vector", function()
  local a, b

  before_each(function()
    a = Vector(3, 4)
    b = Vector(-1, 2)
  end)

  it("supports arithmetic operators", function()
    assert.are.equal(Vector(2, 6), a + b)
    assert.are.equal(Vector(4, 2), a - b)
    assert.are.equal(Vector(6, 8), a * 2)
    assert.are.equal(Vector(6, 8), 2 * a)
    assert.are.equal(Vector(-3, -4), -a)
  end)

  it("computes length, dot and cross products", function()
    assert.are.equal(5, a:len())
    assert.are.equal(5, a:dot(b))
    assert.are.equal(10, a:cross(b))
  end)

  it("refuses vector * vector", function()
    assert.has_error(function() return a * b end, "vector * vector is ambiguous; use :dot() or :cross()")
  end)

  it("rotates by quarter turns", function()
    local r = Vector.UNIT_X:rotated(math.pi / 2)
    assert.is_true(r == Vector.UNIT_Y)
    assert.are.equal("(3, 4)", tostring(a))
  end)
end)

describe("Matrix", function()
  it("composes translation after rotation", function()
    local m = Matrix.chain(Matrix.rotation(math.pi / 2), Matrix.translation(10, 0))
    local p = m:apply(Vector(1, 0))
    assert.is_true(util.near(p.x, 10) and util.near(p.y, 1))
  end)

  it("inverts transforms", function()
    local m = Matrix.translation(5, -2) * Matrix.scaling(2, 3)
    local inv = assert(m:inverse())
    assert.are.equal(Vector(7, 7), inv:apply(m:apply(Vector(7, 7))))
  end)

  it("reports singular matrices", function()
    local inv, err = Matrix.scaling(0, 1):inverse()
    assert.is_nil(inv)
    assert.matches("not invertible", err)
  end)
end)
