package com.acme.inventory.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stock keeping unit code such as {@code ABC-00042}.
 *
 * <p>SKUs are immutable and validated on construction.</p>
 */
public record Sku(String prefix, int number) implements Comparable<Sku> {

    private static final Pattern FORMAT = Pattern.compile("^([A-Z]{3})-(\\d{5})$");
    public static final int MAX_NUMBER = 99_999;

    /** Compact constructor: validates both components. */
    public Sku {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.length() != 3 || !prefix.chars().allMatch(Character::isUpperCase)) {
            throw new IllegalArgumentException("prefix must be three upper-case letters: " + prefix);
        }
        if (number < 0 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("number out of range: " + number);
        }
    }

    /**
     * Parses a textual SKU.
     *
     * @param text the SKU text, e.g. "TOY-00017"
     * @return the parsed SKU
     * @throws IllegalArgumentException when the text is malformed
     */
    public static Sku parse(String text) {
        var matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("malformed SKU: '" + text + "'");
        }
        return new Sku(matcher.group(1), Integer.parseInt(matcher.group(2)));
    }

    @Override
    public int compareTo(Sku other) {
        int byPrefix = prefix.compareTo(other.prefix);
        return byPrefix != 0 ? byPrefix : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return String.format("%s-%05d", prefix, number);
    }
}
