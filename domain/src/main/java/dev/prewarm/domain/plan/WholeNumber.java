package dev.prewarm.domain.plan;

import dev.prewarm.domain.error.InvalidParameterException;
import java.math.BigDecimal;

/** Reads a whole number that arrived as a JSON number or a numeric string ("30", "30.0", "3e1"). */
final class WholeNumber {
    private WholeNumber() {}

    static long parse(String parameter, String text, String expected) {
        try {
            BigDecimal number = new BigDecimal(text.strip());
            // Clamp huge values so the range check reports them instead of an overflow.
            if (number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                return number.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
            }
            return number.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidParameterException(parameter, "must be " + expected + ", got '" + text + "'");
        }
    }
}
