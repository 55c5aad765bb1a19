# frozen_string_literal: true

module Unitconv
  # Base class for all library errors; rescue this to catch everything.
  class Error < StandardError; end

  # Raised when a unit name is not known to the registry.
  class UnknownUnitError < Error
    attr_reader :name, :suggestions

    def initialize(name, suggestions = [])
      @name = name
      @suggestions = suggestions
      hint = suggestions.empty? ? "" : " (did you mean #{suggestions.join(', ')}?)"
      super("unknown unit '#{name}'#{hint}")
    end
  end

  # Raised when converting between units of different dimensions.
  class IncompatibleUnitsError < Error
    def initialize(from, to)
      super("cannot convert #{from.name} [#{from.dimension}] to #{to.name} [#{to.dimension}]")
    end
  end

  # Raised by the parser for malformed input.
  class ParseError < Error
    attr_reader :input, :position

    def initialize(message, input: nil, position: nil)
      @input = input
      @position = position
      super(position ? "#{message} at column #{position + 1}" : message)
    end

    # Renders the input with a caret under the failing position.
    def excerpt
      return message unless input && position

      [input, "#{' ' * position}^", message].join("\n")
    end
  end

  # Raised when a unit is defined twice with different factors.
  class DefinitionConflict < Error
    def initialize(name)
      super("unit #{name.inspect} is already defined")
    end
  end
end
