# frozen_string_literal: true

module Unitconv
  # An immutable value with a unit. Arithmetic keeps exact rationals
  # internally; #value returns a Float rounded for display.
  class Quantity
    include Comparable

    attr_reader :magnitude, :unit

    def initialize(magnitude, unit)
      @magnitude = magnitude.is_a?(Float) ? magnitude.rationalize(Rational(1, 10**12)) : magnitude.to_r
      @unit = unit
      freeze
    end

    def value(digits = 6)
      magnitude.to_f.round(digits)
    end

    # Converts to another unit (a Unit, name or symbol).
    def to(target)
      target = Unitconv.unit(target)
      raise IncompatibleUnitsError.new(unit, target) unless unit.compatible?(target)
      return self if target == unit

      Quantity.new(target.from_base(unit.to_base(magnitude)), target)
    end
    alias convert_to to

    def +(other)
      combine(other) { |a, b| a + b }
    end

    def -(other)
      combine(other) { |a, b| a - b }
    end

    def *(other)
      case other
      when Numeric then Quantity.new(magnitude * other, unit)
      when Quantity then Quantity.new(magnitude * other.magnitude, unit * other.unit)
      else raise TypeError, "cannot multiply Quantity by #{other.class}"
      end
    end

    def /(other)
      case other
      when Numeric
        raise ZeroDivisionError, "divided by 0" if other.zero?

        Quantity.new(magnitude / other, unit)
      when Quantity then Quantity.new(magnitude / other.magnitude, unit / other.unit)
      else raise TypeError, "cannot divide Quantity by #{other.class}"
      end
    end

    def -@
      Quantity.new(-magnitude, unit)
    end

    # Allows 3 * quantity as well as quantity * 3.
    def coerce(number)
      [Quantity.new(number, Unit.new(:"1", factor: 1, dimension: Dimension.none)), self]
    end

    def <=>(other)
      return nil unless other.is_a?(Quantity) && unit.compatible?(other.unit)

      unit.to_base(magnitude) <=> other.unit.to_base(other.magnitude)
    end

    def zero?
      magnitude.zero?
    end

    def to_s
      Formatter.default.format(self)
    end

    def inspect
      "#<Quantity #{value(4)} #{unit.name}>"
    end

    private

    def combine(other)
      raise TypeError, "expected a Quantity, got #{other.inspect}" unless other.is_a?(Quantity)

      Quantity.new(yield(magnitude, other.to(unit).magnitude), unit)
    end
  end
end
