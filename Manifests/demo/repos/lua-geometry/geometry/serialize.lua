--- Convert shapes to SVG markup and parse simple SVG path data back into polygons.
-- @module geometry.serialize

local Circle = require("geometry.circle")
local Polygon = require("geometry.polygon")
local Rect = require("geometry.rect")
local Vector = require("geometry.vector")

local M = {}

local function fmt(n)
  local s = string.format("%.3f", n):gsub("0+$", ""):gsub("%.$", "")
  return s
end

local function attrs(style)
  local keys = {}
  for k in pairs(style) do keys[#keys + 1] = k end
  table.sort(keys)
  local parts = {}
  for _, k in ipairs(keys) do
    local name = k:gsub("_", "-")
    parts[#parts + 1] = ('%s="%s"'):format(name, tostring(style[k]))
  end
  return #parts > 0 and " " .. table.concat(parts, " ") or ""
end

--- Render a single shape to an SVG element string.
function M.toSvgElement(shape)
  local extra = attrs(shape.style)
  if shape:is(Circle) then
    local c = shape.center
    return ('<circle cx="%s" cy="%s" r="%s"%s/>'):format(fmt(c.x), fmt(c.y), fmt(shape.radius), extra)
  elseif shape:is(Rect) then
    local o, s = shape.origin, shape.size
    return ('<rect x="%s" y="%s" width="%s" height="%s"%s/>'):format(fmt(o.x), fmt(o.y), fmt(s.x), fmt(s.y), extra)
  elseif shape:is(Polygon) then
    local coords = {}
    for i, p in ipairs(shape.points) do
      coords[i] = fmt(p.x) .. "," .. fmt(p.y)
    end
    return ('<polygon points="%s"%s/>'):format(table.concat(coords, " "), extra)
  end
  error("cannot serialise " .. tostring(shape.__name))
end

--- Render a list of shapes as a complete SVG document.
function M.toSvg(shapes, opts)
  opts = opts or {}
  local lines = {
    ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d">'):format(opts.width or 100, opts.height or 100),
  }
  for _, shape in ipairs(shapes) do
    lines[#lines + 1] = (" "):rep(opts.indent or 2) .. M.toSvgElement(shape)
  end
  lines[#lines + 1] = "</svg>"
  return table.concat(lines, "\n")
end

--- Parse absolute "M x y L x y ... Z" path data into a Polygon.
function M.parsePath(d)
  local points = {}
  for cmd, args in d:gmatch("([MLZmlz])([^MLZmlz]*)") do
    local upper = cmd:upper()
    if upper == "Z" then break end
    local nums = {}
    for num in args:gmatch("-?%d+%.?%d*") do
      nums[#nums + 1] = tonumber(num)
    end
    if #nums % 2 ~= 0 then
      return nil, ("odd number of coordinates after '%s'"):format(cmd)
    end
    for i = 1, #nums, 2 do
      points[#points + 1] = Vector(nums[i], nums[i + 1])
    end
  end
  local ok, result = pcall(Polygon.new, points)
  if not ok then return nil, result end
  return result
end

return M
