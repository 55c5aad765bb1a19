# frozen_string_literal: true

module Unitconv
  # Built-in unit definitions, written with a tiny DSL.
  module Definitions
    module_function

    def load_into(registry)
      d = Dimension

      # Length
      registry.define_base :m, d.length, aliases: %i[meter metre]
      registry.define :km, 1000, base: :m, aliases: [:kilometer]
      registry.define :cm, Rational(1, 100), base: :m
      registry.define :mm, Rational(1, 1000), base: :m
      registry.define :um, Rational(1, 1_000_000), base: :m, aliases: [:µm]
      registry.define :in, Rational("0.0254"), base: :m, aliases: %i[inch]
      registry.define :ft, 12, base: :in, aliases: %i[foot feet]
      registry.define :mi, 5280, base: :ft, aliases: %i[mile miles]

      # Mass
      registry.define_base :kg, d.mass, aliases: [:kilogram]
      registry.define :g, Rational(1, 1000), base: :kg, aliases: [:gram]
      registry.define :lb, Rational("0.45359237"), base: :kg, aliases: %i[pound lbs]
      registry.define :oz, Rational(1, 16), base: :lb

      # Time
      registry.define_base :s, d.time, aliases: %i[sec second]
      registry.define :min, 60, base: :s
      registry.define :h, 60, base: :min, aliases: %i[hr hour]
      registry.define :day, 24, base: :h

      # Temperature (affine scales)
      registry.define_base :K, d.temperature, aliases: [:kelvin]
      registry.define :degC, 1, base: :K, offset: Rational("273.15"), aliases: %i[celsius °C]
      registry.define :degF, Rational(5, 9), base: :degC, offset: Rational(-160, 9), aliases: %i[fahrenheit °F]

      define_derived(registry)
      registry
    end

    # Derived SI units built from compound expressions.
    def define_derived(registry)
      m, s, kg = %i[m s kg].map { |name| registry.fetch(name) }
      {
        N: [kg * m / s**2, %i[newton]],
        J: [kg * m**2 / s**2, %i[joule]],
        W: [kg * m**2 / s**3, %i[watt]],
      }.each do |name, (unit, aliases)|
        registry.add(Unit.new(name, factor: unit.factor, dimension: unit.dimension, aliases: aliases))
      end
      registry.define :kN, 1000, base: :N
      registry.define :kWh, 3_600_000, base: :J
    end
  end
end
