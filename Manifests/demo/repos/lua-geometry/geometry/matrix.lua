--- 2D affine transforms stored as a 3x2 matrix {a, b, c, d, tx, ty}.
-- | a c tx |
-- | b d ty |
-- @classmod geometry.Matrix

local Vector = require("geometry.vector")

local Matrix = {}
Matrix.__index = Matrix

local function new(a, b, c, d, tx, ty)
  return setmetatable({ a = a, b = b, c = c, d = d, tx = tx, ty = ty }, Matrix)
end

function Matrix.identity() return new(1, 0, 0, 1, 0, 0) end
function Matrix.translation(x, y) return new(1, 0, 0, 1, x, y) end
function Matrix.scaling(sx, sy) return new(sx, 0, 0, sy or sx, 0, 0) end

function Matrix.rotation(theta)
  local c, s = math.cos(theta), math.sin(theta)
  return new(c, s, -s, c, 0, 0)
end

--- Compose transforms: (m1 * m2) applies m2 first, then m1.
function Matrix.__mul(m, n)
  return new(
    m.a * n.a + m.c * n.b,
    m.b * n.a + m.d * n.b,
    m.a * n.c + m.c * n.d,
    m.b * n.c + m.d * n.d,
    m.a * n.tx + m.c * n.ty + m.tx,
    m.b * n.tx + m.d * n.ty + m.ty
  )
end

function Matrix:determinant()
  return self.a * self.d - self.b * self.c
end

function Matrix:inverse()
  local det = self:determinant()
  if det == 0 then
    return nil, "matrix is not invertible"
  end
  local a, b, c, d = self.d / det, -self.b / det, -self.c / det, self.a / det
  return new(a, b, c, d, -(a * self.tx + c * self.ty), -(b * self.tx + d * self.ty))
end

--- Transform a point (translation applies).
function Matrix:apply(v)
  return Vector(self.a * v.x + self.c * v.y + self.tx, self.b * v.x + self.d * v.y + self.ty)
end

--- Transform a direction (translation ignored).
function Matrix:applyVector(v)
  return Vector(self.a * v.x + self.c * v.y, self.b * v.x + self.d * v.y)
end

--- Chain several transforms left to right: Matrix.chain(t1, t2, t3) applies t1 first.
function Matrix.chain(...)
  local result = Matrix.identity()
  for _, m in ipairs({ ... }) do
    result = m * result
  end
  return result
end

function Matrix:__tostring()
  return string.format("[%g %g %g; %g %g %g]", self.a, self.c, self.tx, self.b, self.d, self.ty)
end

return Matrix
