--- Base class for shapes, with a tiny single-inheritance helper.
-- @classmod geometry.Shape

local Shape = {}
Shape.__index = Shape
Shape.__name = "Shape"

local nextId = 0

--- Create a subclass: local Circle = Shape:extend("Circle")
function Shape:extend(name)
  local cls = setmetatable({}, { __index = self })
  cls.__index = cls
  cls.__name = name
  cls.__tostring = self.__tostring
  cls.super = self
  return cls
end

--- Allocate an instance of `cls` and run its init(...) method.
function Shape.create(cls, ...)
  nextId = nextId + 1
  local obj = setmetatable({ id = nextId, style = {} }, cls)
  if obj.init then obj:init(...) end
  return obj
end

function Shape:is(cls)
  local mt = getmetatable(self)
  while mt do
    if mt == cls then return true end
    mt = mt.super
  end
  return false
end

-- Abstract interface: subclasses must override these.
local function abstract(name)
  return function(self)
    error(("%s:%s() is not implemented"):format(self.__name, name), 2)
  end
end

Shape.area = abstract("area")
Shape.perimeter = abstract("perimeter")
Shape.bbox = abstract("bbox")
Shape.contains = abstract("contains")
Shape.transformed = abstract("transformed")

--- Set style attributes fluently: shape:styled{ fill = "#f00", stroke = "none" }
function Shape:styled(attrs)
  for k, v in pairs(attrs) do
    self.style[k] = v
  end
  return self
end

function Shape:centroid()
  return self:bbox():center()
end

function Shape:__tostring()
  return ("%s#%d(area=%.3f)"):format(self.__name, self.id, self:area())
end

return Shape
