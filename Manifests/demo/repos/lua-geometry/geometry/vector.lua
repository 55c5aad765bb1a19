--- Immutable 2D vectors with operator overloading.
-- @classmod geometry.Vector

local util = require("geometry.util")

local sqrt, atan, cos, sin = math.sqrt, math.atan, math.cos, math.sin

local Vector = {}
Vector.__index = Vector

local function new(x, y)
  return setmetatable({ x = x or 0, y = y or 0 }, Vector)
end

function Vector.is(v)
  return getmetatable(v) == Vector
end

function Vector.fromAngle(theta, length)
  length = length or 1
  return new(cos(theta) * length, sin(theta) * length)
end

Vector.__add = function(a, b) return new(a.x + b.x, a.y + b.y) end
Vector.__sub = function(a, b) return new(a.x - b.x, a.y - b.y) end
Vector.__unm = function(a) return new(-a.x, -a.y) end

function Vector.__mul(a, b)
  if type(a) == "number" then
    return new(a * b.x, a * b.y)
  elseif type(b) == "number" then
    return new(a.x * b, a.y * b)
  end
  error("vector * vector is ambiguous; use :dot() or :cross()", 2)
end

function Vector.__div(a, s)
  return new(a.x / s, a.y / s)
end

function Vector.__eq(a, b)
  return util.near(a.x, b.x) and util.near(a.y, b.y)
end

function Vector:__tostring()
  return ("(%g, %g)"):format(self.x, self.y)
end

function Vector:dot(o) return self.x * o.x + self.y * o.y end
function Vector:cross(o) return self.x * o.y - self.y * o.x end
function Vector:len2() return self:dot(self) end
function Vector:len() return sqrt(self:len2()) end
function Vector:angle() return atan(self.y, self.x) end

function Vector:normalized()
  local l = self:len()
  if l == 0 then return new(0, 0) end
  return self / l
end

function Vector:rotated(theta)
  local c, s = cos(theta), sin(theta)
  return new(self.x * c - self.y * s, self.x * s + self.y * c)
end

function Vector:perpendicular()
  return new(-self.y, self.x)
end

function Vector:distance(o)
  return (self - o):len()
end

function Vector:unpack()
  return self.x, self.y
end

Vector.ZERO = new(0, 0)
Vector.UNIT_X = new(1, 0)
Vector.UNIT_Y = new(0, 1)

return setmetatable(Vector, {
  __call = function(_, x, y) return new(x, y) end,
})
