# frozen_string_literal: true

module Unitconv
  # A physical dimension as exponents of the base dimensions, e.g.
  # velocity is length^1 * time^-1.
  class Dimension
    include Comparable

    BASES = %i[length mass time temperature current amount luminosity].freeze
    SYMBOLS = { length: "L", mass: "M", time: "T", temperature: "Θ",
                current: "I", amount: "N", luminosity: "J" }.freeze

    attr_reader :exponents

    def initialize(exponents = {})
      unknown = exponents.keys - BASES
      raise ArgumentError, "unknown base dimension(s): #{unknown.join(', ')}" unless unknown.empty?

      @exponents = exponents.reject { |_, power| power.zero? }.freeze
    end

    def self.none
      @none ||= new
    end

    BASES.each do |base|
      define_singleton_method(base) { new(base => 1) }
    end

    def *(other)
      Dimension.new(exponents.merge(other.exponents) { |_, a, b| a + b })
    end

    def /(other)
      self * other**-1
    end

    def **(power)
      Dimension.new(exponents.transform_values { |e| e * power })
    end

    def dimensionless?
      exponents.empty?
    end

    def <=>(other)
      return nil unless other.is_a?(Dimension)

      to_a <=> other.to_a
    end

    def ==(other)
      other.is_a?(Dimension) && exponents == other.exponents
    end
    alias eql? ==

    def hash
      exponents.hash
    end

    def to_a
      BASES.map { |b| exponents.fetch(b, 0) }
    end

    # "L·T^-1" style representation.
    def to_s
      return "1" if dimensionless?

      BASES.filter_map do |base|
        power = exponents[base]
        next unless power

        power == 1 ? SYMBOLS[base] : "#{SYMBOLS[base]}^#{power}"
      end.join("·")
    end
  end
end
