# frozen_string_literal: true

module Unitconv
  # A named unit: value_in_base = value * factor + offset.
  # Offsets are only used by affine temperature scales.
  class Unit
    attr_reader :name, :factor, :offset, :dimension, :aliases

    def initialize(name, factor:, dimension:, offset: 0, aliases: [])
      raise ArgumentError, "factor must be positive" unless factor.positive?

      @name = name.to_sym
      @factor = factor.to_r
      @offset = offset.to_r
      @dimension = dimension
      @aliases = aliases.map(&:to_sym).freeze
      freeze
    end

    def affine?
      !offset.zero?
    end

    def compatible?(other)
      dimension == other.dimension
    end

    def to_base(value)
      value * factor + offset
    end

    def from_base(value)
      (value - offset) / factor
    end

    # Compound units: km / h, N * m, m ** 2.
    def *(other)
      compound(other, "*") { |f, g| f * g }
    end

    def /(other)
      compound(other, "/") { |f, g| f / g }
    end

    def **(power)
      raise Error, "cannot raise affine unit #{name}" if affine?

      Unit.new(:"#{name}^#{power}", factor: factor**power, dimension: dimension**power)
    end

    def ==(other)
      other.is_a?(Unit) && name == other.name && factor == other.factor && dimension == other.dimension
    end

    def inspect
      "#<Unit #{name} #{factor.to_f}#{" +#{offset.to_f}" if affine?} [#{dimension}]>"
    end
    alias to_s inspect

    private

    def compound(other, operator)
      raise Error, "cannot combine affine units" if affine? || other.affine?

      Unit.new(:"#{name}#{operator}#{other.name}",
               factor: yield(factor, other.factor),
               dimension: operator == "*" ? dimension * other.dimension : dimension / other.dimension)
    end
  end
end
