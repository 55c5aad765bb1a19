--- Simple polygons given as an ordered list of vertices.
-- @classmod geometry.Polygon

local BBox = require("geometry.bbox")
local Shape = require("geometry.shape")
local Vector = require("geometry.vector")
local util = require("geometry.util")

local Polygon = Shape:extend("Polygon")

function Polygon:init(points)
  if #points < 3 then
    error(("a polygon needs at least 3 points, got %d"):format(#points), 3)
  end
  self.points = points
end

function Polygon.new(points)
  return Shape.create(Polygon, points)
end

--- Regular n-gon centred on `center` with circumradius `r`.
function Polygon.regular(n, center, r, rotation)
  local points = {}
  for i = 1, n do
    local theta = (rotation or 0) + util.TAU * (i - 1) / n
    points[i] = center + Vector.fromAngle(theta, r)
  end
  return Polygon.new(points)
end

--- Iterate over edges as (index, a, b), wrapping the last vertex to the first.
function Polygon:edges()
  local pts, i = self.points, 0
  return function()
    i = i + 1
    if i > #pts then return nil end
    return i, pts[i], pts[i % #pts + 1]
  end
end

--- Signed area (shoelace formula): positive for counter-clockwise winding.
function Polygon:signedArea()
  local twice = 0
  for _, a, b in self:edges() do
    twice = twice + a:cross(b)
  end
  return twice / 2
end

function Polygon:area() return math.abs(self:signedArea()) end
function Polygon:isClockwise() return self:signedArea() < 0 end

function Polygon:perimeter()
  local total = 0
  for _, a, b in self:edges() do
    total = total + a:distance(b)
  end
  return total
end

function Polygon:bbox() return BBox.of(self.points) end

function Polygon:centroid()
  local cx, cy, a6 = 0, 0, 6 * self:signedArea()
  for _, a, b in self:edges() do
    local k = a:cross(b)
    cx, cy = cx + (a.x + b.x) * k, cy + (a.y + b.y) * k
  end
  return Vector(cx / a6, cy / a6)
end

--- Even-odd ray casting point-in-polygon test.
function Polygon:contains(p)
  if not self:bbox():contains(p) then return false end
  local inside = false
  for _, a, b in self:edges() do
    if (a.y > p.y) == (b.y > p.y) then goto continue end
    if p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x then
      inside = not inside
    end
    ::continue::
  end
  return inside
end

function Polygon:isConvex()
  local sign = 0
  local pts, n = self.points, #self.points
  for i = 1, n do
    local a, b, c = pts[i], pts[i % n + 1], pts[(i + 1) % n + 1]
    local turn = (b - a):cross(c - b)
    if not util.near(turn, 0) then
      local s = turn > 0 and 1 or -1
      if sign == 0 then sign = s elseif s ~= sign then return false end
    end
  end
  return true
end

function Polygon:transformed(m)
  return Polygon.new(util.map(self.points, function(p) return m:apply(p) end))
end

return Polygon
