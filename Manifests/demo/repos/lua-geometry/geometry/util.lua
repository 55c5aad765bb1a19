--- Numeric helpers shared by the geometry modules.
-- @module geometry.util

local util = {}

local abs, floor, max = math.abs, math.floor, math.max

--- Tolerance used for floating point comparisons.
util.EPSILON = 1e-9
util.TAU = 2 * math.pi

--- Compare two numbers with a relative/absolute tolerance.
function util.near(a, b, eps)
  eps = eps or util.EPSILON
  return abs(a - b) <= eps * max(1.0, abs(a), abs(b))
end

function util.clamp(x, lo, hi)
  if x < lo then
    return lo
  elseif x > hi then
    return hi
  end
  return x
end

function util.lerp(a, b, t)
  return a + (b - a) * t
end

--- Round to a given number of decimal places (default 0).
function util.round(x, places)
  local m = 10 ^ (places or 0)
  return floor(x * m + 0.5) / m
end

function util.deg(rad) return rad * 180 / math.pi end
function util.rad(deg) return deg * math.pi / 180 end

--- Sum any number of values, ignoring nils.
function util.sum(...)
  local total = 0
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    if v ~= nil then total = total + v end
  end
  return total
end

--- Map a function over an array, returning a new array.
function util.map(list, fn)
  local out = {}
  for i, v in ipairs(list) do
    out[i] = fn(v, i)
  end
  return out
end

--- Check an argument type, raising a readable error at the caller's level.
function util.check(value, expected, name, level)
  local actual = type(value)
  if actual ~= expected then
    error(string.format("bad argument '%s' (%s expected, got %s)", name, expected, actual), (level or 2) + 1)
  end
  return value
end

return util
