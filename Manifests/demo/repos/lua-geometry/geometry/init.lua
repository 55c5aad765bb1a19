--- geometry: a small 2D geometry library.
-- local geo = require("geometry")
-- local c = geo.circle(geo.vec(0, 0), 2)
-- @module geometry

local BBox = require("geometry.bbox")
local Circle = require("geometry.circle")
local Matrix = require("geometry.matrix")
local Polygon = require("geometry.polygon")
local Rect = require("geometry.rect")
local Shape = require("geometry.shape")
local Vector = require("geometry.vector")
local serialize = require("geometry.serialize")
local util = require("geometry.util")

local geometry = {
  _VERSION = "geometry 1.2.0",
  BBox = BBox,
  Circle = Circle,
  Matrix = Matrix,
  Polygon = Polygon,
  Rect = Rect,
  Shape = Shape,
  Vector = Vector,
  util = util,
  serialize = serialize,
}

-- Short constructors.
geometry.vec = Vector
geometry.circle = Circle.new
geometry.rect = Rect.new
geometry.polygon = function(...)
  local first = ...
  if Vector.is(first) then
    return Polygon.new({ ... })
  end
  return Polygon.new(first)
end

--- Total area of a list of shapes (overlaps are counted twice).
function geometry.totalArea(shapes)
  local total = 0
  for _, s in ipairs(shapes) do
    total = total + s:area()
  end
  return total
end

--- Bounding box enclosing every shape.
function geometry.bounds(shapes)
  local box = BBox.empty()
  for _, s in ipairs(shapes) do
    box = box:union(s:bbox())
  end
  return box
end

--- Return the shapes that contain point `p`, topmost (last) first.
function geometry.hitTest(shapes, p)
  local hits = {}
  for i = #shapes, 1, -1 do
    if shapes[i]:contains(p) then
      hits[#hits + 1] = shapes[i]
    end
  end
  return hits
end

--- Transform all shapes, skipping those that cannot be represented after transformation.
function geometry.transformAll(shapes, m)
  local out, skipped = {}, {}
  for _, s in ipairs(shapes) do
    local t, why = s:transformed(m)
    if t then
      out[#out + 1] = t:styled(s.style)
    else
      skipped[#skipped + 1] = ("%s#%d: %s"):format(s.__name, s.id, why)
    end
  end
  return out, skipped
end

return geometry
