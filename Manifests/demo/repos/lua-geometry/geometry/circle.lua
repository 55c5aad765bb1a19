--- Circles.
-- @classmod geometry.Circle

local BBox = require("geometry.bbox")
local Shape = require("geometry.shape")
local Vector = require("geometry.vector")
local util = require("geometry.util")

local pi = math.pi

local Circle = Shape:extend("Circle")

function Circle:init(center, radius)
  assert(Vector.is(center), "center must be a Vector")
  self.center = center
  self.radius = util.check(radius, "number", "radius", 3)
  if radius < 0 then
    error("radius must be non-negative", 3)
  end
end

function Circle.new(center, radius)
  return Shape.create(Circle, center, radius)
end

--- Circle through three points, or nil if they are collinear.
function Circle.through(a, b, c)
  local d = 2 * (a.x * (b.y - c.y) + b.x * (c.y - a.y) + c.x * (a.y - b.y))
  if util.near(d, 0) then
    return nil
  end
  local a2, b2, c2 = a:len2(), b:len2(), c:len2()
  local ux = (a2 * (b.y - c.y) + b2 * (c.y - a.y) + c2 * (a.y - b.y)) / d
  local uy = (a2 * (c.x - b.x) + b2 * (a.x - c.x) + c2 * (b.x - a.x)) / d
  local center = Vector(ux, uy)
  return Circle.new(center, center:distance(a))
end

function Circle:area() return pi * self.radius ^ 2 end
function Circle:perimeter() return 2 * pi * self.radius end
function Circle:centroid() return self.center end

function Circle:bbox()
  local c, r = self.center, self.radius
  return BBox.new(c.x - r, c.y - r, c.x + r, c.y + r)
end

function Circle:contains(p)
  return (p - self.center):len2() <= self.radius ^ 2 + util.EPSILON
end

--- Approximate the circle as a polygon with `segments` vertices.
function Circle:toPoints(segments)
  segments = segments or 32
  local points = {}
  for i = 0, segments - 1 do
    points[#points + 1] = self.center + Vector.fromAngle(util.TAU * i / segments, self.radius)
  end
  return points
end

--- Affine transforms may turn a circle into an ellipse; we keep it a circle
--- only for similarity transforms and otherwise return nil plus a reason.
function Circle:transformed(m)
  local sx = m:applyVector(Vector.UNIT_X):len()
  local sy = m:applyVector(Vector.UNIT_Y):len()
  if not util.near(sx, sy) then
    return nil, "non-uniform scale"
  end
  return Circle.new(m:apply(self.center), self.radius * sx)
end

return Circle
