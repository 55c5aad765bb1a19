# frozen_string_literal: true

module Unitconv
  # Turns quantities into strings. Styles are lambdas so callers can plug
  # in their own: Formatter.new(style: ->(v, u) { "#{v}#{u}" }).
  class Formatter
    STYLES = {
      plain: ->(value, unit) { "#{value} #{unit}" },
      compact: ->(value, unit) { "#{value}#{unit}" },
      json: ->(value, unit) { %({"value":#{value},"unit":"#{unit}"}) },
    }.freeze

    DISPLAY_NAMES = {
      degC: "°C",
      degF: "°F",
      um: "µm",
      ohm: "Ω",
    }.freeze

    attr_reader :precision, :style

    def self.default
      @default ||= new
    end

    def initialize(precision: 4, style: :plain, separator: nil)
      @precision = Integer(precision)
      @style = style.respond_to?(:call) ? style : STYLES.fetch(style)
      @separator = separator
    end

    def format(quantity)
      style.call(format_number(quantity.magnitude), display_name(quantity.unit.name))
    end

    # Formats several quantities as an aligned table, one per line.
    def table(quantities)
      rows = quantities.map { |q| [format_number(q.magnitude), display_name(q.unit.name)] }
      width = rows.map { |number, _| number.length }.max || 0
      rows.map { |number, unit| "#{number.rjust(width)} #{unit}" }.join("\n")
    end

    private

    def display_name(name)
      DISPLAY_NAMES.fetch(name, name.to_s)
    end

    def format_number(number)
      rounded = number.to_f.round(precision)
      text = if rounded == rounded.to_i && rounded.abs < 1e15
               rounded.to_i.to_s
             elsif rounded.abs >= 1e6 || (rounded.nonzero? && rounded.abs < 1e-3)
               Kernel.format("%.#{precision}e", rounded)
             else
               rounded.to_s
             end
      @separator ? group_thousands(text) : text
    end

    def group_thousands(text)
      integer, fraction = text.split(".", 2)
      integer = integer.reverse.scan(/\d{1,3}/).join(@separator).reverse.then do |grouped|
        text.start_with?("-") ? "-#{grouped}" : grouped
      end
      [integer, fraction].compact.join(".")
    end
  end
end
