# frozen_string_literal: true

require "optparse"
require_relative "../unitconv"

module Unitconv
  # Command line front end:
  #
  #   unitconv "100 km/h" m/s
  #   unitconv --list length
  class CLI
    USAGE = <<~USAGE
      Usage: unitconv [options] QUANTITY TARGET_UNIT
             unitconv --list DIMENSION
    USAGE

    EXIT_OK = 0
    EXIT_USAGE = 64
    EXIT_ERROR = 1

    def initialize(out: $stdout, err: $stderr)
      @out = out
      @err = err
      @options = { precision: 4, style: :plain }
    end

    def run(argv)
      args = option_parser.parse(argv)
      return list(@options[:list]) if @options[:list]

      case args
      in [quantity, target]
        @out.puts formatter.format(Unitconv.convert(quantity, target))
        EXIT_OK
      in [_] | []
        @err.puts USAGE
        EXIT_USAGE
      else
        @err.puts "too many arguments: #{args.drop(2).join(' ')}"
        EXIT_USAGE
      end
    rescue ParseError => e
      @err.puts e.excerpt
      EXIT_ERROR
    rescue Error, OptionParser::ParseError => e
      @err.puts "unitconv: #{e.message}"
      EXIT_ERROR
    end

    private

    def formatter
      Formatter.new(precision: @options[:precision], style: @options[:style])
    end

    def list(dimension_name)
      dimension = Dimension.public_send(dimension_name.to_sym)
      units = Unitconv.registry.select { |u| u.dimension == dimension }
      units.sort_by(&:factor).each do |unit|
        aliases = unit.aliases.empty? ? "" : " (#{unit.aliases.join(', ')})"
        @out.puts "#{unit.name.to_s.ljust(6)} #{unit.factor.to_f}#{aliases}"
      end
      EXIT_OK
    rescue NoMethodError
      @err.puts "unknown dimension #{dimension_name}; try one of #{Dimension::BASES.join(', ')}"
      EXIT_USAGE
    end

    def option_parser
      OptionParser.new do |opts|
        opts.banner = USAGE
        opts.on("-p", "--precision N", Integer, "decimal places (default 4)") { |n| @options[:precision] = n }
        opts.on("-s", "--style STYLE", Formatter::STYLES.keys, "plain, compact or json") do |style|
          @options[:style] = style.to_sym
        end
        opts.on("-l", "--list DIMENSION", "list units of a dimension") { |d| @options[:list] = d }
        opts.on("-v", "--version") do
          @out.puts Version.banner
          exit EXIT_OK
        end
      end
    end
  end
end

exit Unitconv::CLI.new.run(ARGV) if $PROGRAM_NAME == __FILE__
