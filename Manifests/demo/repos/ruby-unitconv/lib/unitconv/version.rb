# frozen_string_literal: true

module Unitconv
  VERSION = "0.4.1"

  # Semantic version helpers used by the CLI's --version flag.
  module Version
    MAJOR, MINOR, PATCH = VERSION.split(".").map(&:to_i)

    module_function

    def to_a
      [MAJOR, MINOR, PATCH]
    end

    # True when this version is at least +other+ ("0.3", "0.4.0", ...).
    def at_least?(other)
      parts = other.to_s.split(".").map(&:to_i)
      parts.fill(0, parts.length...3)
      (to_a <=> parts) >= 0
    end

    def banner
      "unitconv #{VERSION} (ruby #{RUBY_VERSION}, #{RUBY_PLATFORM})"
    end

    # Changes worth mentioning in --version output, newest first.
    def changelog
      <<~TEXT
        0.4.1  fix rounding of negative temperatures
        0.4.0  compound units such as km/h and m^2
        0.3.0  custom unit definitions via Unitconv.configure
      TEXT
    end

    def compatible_with?(required)
      required_major = required.to_s.split(".").first.to_i
      required_major == MAJOR && at_least?(required)
    end

    def prerelease?
      MAJOR.zero?
    end

    def next_minor
      [MAJOR, MINOR + 1, 0].join(".")
    end
  end
end
