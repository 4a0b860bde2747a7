package org.loopscope.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a duration or an instant given in seconds on the command line: a finite decimal number, zero or more.
 * Used as a picocli converter, so a bad value is a usage error (exit status 2), not a crash.
 */
final class Seconds implements ITypeConverter<Double> {

    @Override
    public Double convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a number of seconds (" + e.getMessage() + ")");
        }
    }

    /** Parses seconds, refusing negative, infinite and NaN values and hexadecimal or suffixed forms. */
    static double parse(String value) {
        String text = value.strip();
        // Double.parseDouble would also take "1d", "0x1p3" and "Infinity"; seconds are plain decimals.
        if (!text.matches("[0-9]*\\.?[0-9]+([eE][+-]?[0-9]+)?|[0-9]+\\.")) {
            throw new IllegalArgumentException("expected a decimal number such as 2 or 0.5");
        }
        double seconds = Double.parseDouble(text);
        if (Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("too large");
        }
        return seconds;
    }
}
