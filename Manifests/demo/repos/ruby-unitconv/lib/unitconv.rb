# frozen_string_literal: true

require_relative "unitconv/version"
require_relative "unitconv/errors"
require_relative "unitconv/dimension"
require_relative "unitconv/unit"
require_relative "unitconv/registry"
require_relative "unitconv/quantity"
require_relative "unitconv/parser"
require_relative "unitconv/formatter"
require_relative "unitconv/definitions"

# Unitconv converts physical quantities between units.
#
#   Unitconv.convert("3.5 km", "mi")   # => #<Quantity 2.1748 mi>
#   Unitconv.q(20, :degC).to(:degF)    # => #<Quantity 68.0 degF>
module Unitconv
  class << self
    # The default registry, populated with the built-in definitions.
    def registry
      @registry ||= Registry.new.tap { |r| Definitions.load_into(r) }
    end

    # Builds a quantity from a number and a unit name or symbol.
    def q(value, unit)
      Quantity.new(value, registry.fetch(unit))
    end

    # Resolves a unit name, alias or compound expression ("km/h") to a Unit.
    def unit(name)
      return name if name.is_a?(Unit)
      return registry.fetch(name) if registry.key?(name)

      Parser.new(registry).unit(name.to_s)
    end

    # Parses +text+ such as "12 kg" and converts it to +target+.
    def convert(text, target)
      Parser.new(registry).parse(text).to(target)
    end

    # Registers extra units in a block:
    #
    #   Unitconv.configure do |r|
    #     r.define :furlong, 201.168, base: :m
    #   end
    def configure
      yield registry
      registry
    end

    def reset!
      @registry = nil
    end
  end
end
