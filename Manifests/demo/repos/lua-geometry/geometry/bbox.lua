--- Axis-aligned bounding boxes.
-- @classmod geometry.BBox

local Vector = require("geometry.vector")

local BBox = {}
BBox.__index = BBox

local huge = math.huge

function BBox.new(minX, minY, maxX, maxY)
  return setmetatable({ minX = minX, minY = minY, maxX = maxX, maxY = maxY }, BBox)
end

function BBox.empty()
  return BBox.new(huge, huge, -huge, -huge)
end

--- Build the smallest box containing all given points (varargs or one array).
function BBox.of(...)
  local points = select("#", ...) == 1 and not Vector.is(...) and ... or { ... }
  local box = BBox.empty()
  for _, p in ipairs(points) do
    box:extend(p)
  end
  return box
end

function BBox:isEmpty()
  return self.minX > self.maxX or self.minY > self.maxY
end

function BBox:extend(p)
  self.minX = math.min(self.minX, p.x)
  self.minY = math.min(self.minY, p.y)
  self.maxX = math.max(self.maxX, p.x)
  self.maxY = math.max(self.maxY, p.y)
  return self
end

function BBox:width() return self.maxX - self.minX end
function BBox:height() return self.maxY - self.minY end
function BBox:center() return Vector((self.minX + self.maxX) / 2, (self.minY + self.maxY) / 2) end

function BBox:contains(p)
  return p.x >= self.minX and p.x <= self.maxX and p.y >= self.minY and p.y <= self.maxY
end

function BBox:intersects(o)
  return not (o.minX > self.maxX or o.maxX < self.minX or o.minY > self.maxY or o.maxY < self.minY)
end

function BBox:union(o)
  return BBox.new(
    math.min(self.minX, o.minX), math.min(self.minY, o.minY),
    math.max(self.maxX, o.maxX), math.max(self.maxY, o.maxY)
  )
end

function BBox:__tostring()
  if self:isEmpty() then return "BBox(empty)" end
  return ("BBox(%g, %g .. %g, %g)"):format(self.minX, self.minY, self.maxX, self.maxY)
end

return BBox
