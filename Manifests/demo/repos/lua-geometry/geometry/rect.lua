--- Axis-aligned rectangles.
-- @classmod geometry.Rect

local BBox = require("geometry.bbox")
local Shape = require("geometry.shape")
local Vector = require("geometry.vector")

local Rect = Shape:extend("Rect")

function Rect:init(x, y, w, h)
  if w < 0 then x, w = x + w, -w end
  if h < 0 then y, h = y + h, -h end
  self.origin = Vector(x, y)
  self.size = Vector(w, h)
end

function Rect.new(x, y, w, h)
  return Shape.create(Rect, x, y, w, h)
end

function Rect.fromCorners(p, q)
  return Rect.new(p.x, p.y, q.x - p.x, q.y - p.y)
end

function Rect:area() return self.size.x * self.size.y end
function Rect:perimeter() return 2 * (self.size.x + self.size.y) end
function Rect:isSquare() return self.size.x == self.size.y end

function Rect:corners()
  local o, s = self.origin, self.size
  return {
    o,
    Vector(o.x + s.x, o.y),
    o + s,
    Vector(o.x, o.y + s.y),
  }
end

function Rect:bbox()
  return BBox.of(self:corners())
end

function Rect:contains(p)
  return self:bbox():contains(p)
end

--- Split into a grid of rows x cols smaller rectangles.
function Rect:split(rows, cols)
  local cells = {}
  local cw, ch = self.size.x / cols, self.size.y / rows
  for r = 0, rows - 1 do
    for c = 0, cols - 1 do
      cells[#cells + 1] = Rect.new(self.origin.x + c * cw, self.origin.y + r * ch, cw, ch)
    end
  end
  return cells
end

--- Rectangles are not closed under rotation, so the result is a Polygon.
function Rect:transformed(m)
  local Polygon = require("geometry.polygon") -- lazy to avoid a require cycle
  local points = {}
  for i, corner in ipairs(self:corners()) do
    points[i] = m:apply(corner)
  end
  return Polygon.new(points)
end

return Rect
