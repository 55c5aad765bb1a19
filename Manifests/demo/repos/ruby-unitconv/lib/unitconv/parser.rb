# frozen_string_literal: true

require "strscan"

module Unitconv
  # Parses strings such as "12.5 km", "-40 degF", "3e8 m/s" or "9.81 m/s^2".
  class Parser
    NUMBER = /[-+]?(?:\d[\d_]*(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?/
    UNIT_NAME = /[A-Za-zµΩ°][\w°]*/
    OPERATOR = %r{\s*([*/·])\s*}
    POWER = /\^(-?\d+)/

    def initialize(registry = Unitconv.registry)
      @registry = registry
    end

    def parse(text)
      scanner = StringScanner.new(text.to_s.strip)
      number = scanner.scan(NUMBER) or fail_at(scanner, "expected a number")
      scanner.skip(/\s*/)
      unit = parse_unit(scanner)
      fail_at(scanner, "unexpected trailing input") unless scanner.eos?

      Quantity.new(to_number(number), unit)
    end

    # Parses a complete unit expression given as a string.
    def unit(text)
      scanner = StringScanner.new(text.strip)
      result = parse_unit(scanner)
      fail_at(scanner, "unexpected trailing input") unless scanner.eos?
      result
    end

    # Parses a bare unit expression like "kg*m/s^2".
    def parse_unit(scanner)
      unit = parse_factor(scanner)
      while scanner.scan(OPERATOR)
        operator = scanner[1]
        right = parse_factor(scanner)
        unit = case operator
               when "*", "·" then unit * right
               when "/" then unit / right
               end
      end
      unit
    end

    private

    def parse_factor(scanner)
      name = scanner.scan(UNIT_NAME) or fail_at(scanner, "expected a unit")
      unit = @registry.fetch(name)
      unit = unit**scanner[1].to_i if scanner.scan(POWER)
      unit
    end

    def to_number(literal)
      cleaned = literal.delete("_")
      cleaned.match?(/[.eE]/) ? Rational(cleaned) : Integer(cleaned, 10)
    rescue ArgumentError => e
      raise ParseError.new("invalid number #{literal.inspect}: #{e.message}")
    end

    def fail_at(scanner, message)
      raise ParseError.new(message, input: scanner.string, position: scanner.pos)
    end
  end
end
