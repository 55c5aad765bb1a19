# frozen_string_literal: true

module Unitconv
  # Holds every known unit, indexed by name and alias.
  class Registry
    include Enumerable

    def initialize
      @units = {}
      @bases = {}
    end

    # Defines a base unit of a dimension (factor 1), e.g. define_base :m, Dimension.length.
    def define_base(name, dimension, aliases: [])
      add(Unit.new(name, factor: 1, dimension: dimension, aliases: aliases)).tap do |unit|
        @bases[dimension] = unit
      end
    end

    # Defines a unit relative to an existing one: define :km, 1000, base: :m.
    def define(name, factor, base:, offset: 0, aliases: [])
      reference = fetch(base)
      add(Unit.new(name,
                   factor: reference.factor * factor,
                   offset: reference.factor * offset + reference.offset,
                   dimension: reference.dimension,
                   aliases: aliases))
    end

    def fetch(name)
      return name if name.is_a?(Unit)

      key = name.to_s.strip.to_sym
      @units.fetch(key) { raise UnknownUnitError.new(key, suggestions_for(key)) }
    end

    def key?(name)
      @units.key?(name.to_sym)
    end

    def each(&block)
      return enum_for(:each) unless block

      @units.values.uniq.each(&block)
    end

    def base_for(dimension)
      @bases[dimension]
    end

    # Units sharing the given unit's dimension, sorted by size.
    def compatible_with(unit)
      select { |u| u.compatible?(fetch(unit)) }.sort_by(&:factor)
    end

    # Adds a fully built unit under its name and aliases.
    def add(unit)
      [unit.name, *unit.aliases].each do |key|
        existing = @units[key]
        raise DefinitionConflict, key if existing && existing != unit

        @units[key] = unit
      end
      unit
    end

    private

    # Names that are close to +key+ (shared prefix or small edit distance).
    def suggestions_for(key)
      text = key.to_s.downcase
      @units.keys.map(&:to_s).select do |candidate|
        candidate.downcase.start_with?(text[0, 2]) && (candidate.length - text.length).abs <= 2
      end.first(3)
    end
  end
end
