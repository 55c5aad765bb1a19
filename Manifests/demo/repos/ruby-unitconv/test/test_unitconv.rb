# frozen_string_literal: true

require "minitest/autorun"
require "stringio"
require_relative "../lib/unitconv"
require_relative "../lib/unitconv/cli"

class TestUnitconv < Minitest::Test
  def setup
    Unitconv.reset!
  end

  def test_length_conversion
    assert_in_delta 2.174799, Unitconv.convert("3.5 km", :mi).value, 1e-6
    assert_equal 12, Unitconv.q(1, :ft).to(:in).value
  end

  def test_temperature_scales_are_affine
    assert_in_delta 68.0, Unitconv.q(20, :degC).to(:degF).value
    assert_in_delta(-40.0, Unitconv.convert("-40 degF", "°C").value)
    assert_in_delta 273.15, Unitconv.q(0, :celsius).to(:K).value
  end

  def test_compound_units
    speed = Unitconv.convert("100 km/h", "m/s")
    assert_in_delta 27.777778, speed.value
    assert_equal Unitconv::Dimension.length / Unitconv::Dimension.time, speed.unit.dimension
  end

  def test_arithmetic_and_comparison
    total = Unitconv.q(1, :km) + Unitconv.q(500, :m)
    assert_equal 1.5, total.value
    assert Unitconv.q(1, :mi) > Unitconv.q(1, :km)
    assert_equal [1, 2, 3], [3, 1, 2].map { |n| Unitconv.q(n, :kg) }.sort.map(&:value)
  end

  def test_errors
    error = assert_raises(Unitconv::UnknownUnitError) { Unitconv.q(1, :kmh) }
    assert_includes error.suggestions, "km"
    assert_raises(Unitconv::IncompatibleUnitsError) { Unitconv.q(1, :kg).to(:m) }
    parse_error = assert_raises(Unitconv::ParseError) { Unitconv.convert("abc m", :km) }
    assert_match(/column 1/, parse_error.message)
  end

  def test_custom_definitions
    Unitconv.configure { |r| r.define :furlong, 201.168, base: :m, aliases: %i[fur] }
    assert_in_delta 8.0, Unitconv.q(1, :mi).to(:fur).value, 1e-3
  end

  def test_formatter_styles
    q = Unitconv.q(1_234_567.5, :m)
    assert_equal "1.2346e+06 m", Unitconv::Formatter.new.format(q)
    grouped = Unitconv::Formatter.new(separator: ",")
    assert_equal "-98,765.25 m", grouped.format(-Unitconv.q(98_765.25, :m))
    assert_equal %({"value":2.5,"unit":"kg"}), Unitconv::Formatter.new(style: :json).format(Unitconv.q(2.5, :kg))
    assert_equal "-40°C", Unitconv::Formatter.new(style: :compact).format(Unitconv.q(-40, :degC))
  end

  def test_cli
    out = StringIO.new
    err = StringIO.new
    status = Unitconv::CLI.new(out: out, err: err).run(["-p", "2", "1 lb", "g"])
    assert_equal 0, status
    assert_equal "453.59 g\n", out.string
    assert_equal 64, Unitconv::CLI.new(out: out, err: err).run([])
  end
end
