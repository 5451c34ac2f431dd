package vn.ocop.contract;

import java.util.Optional;

/** GS1 GTIN rules: GTIN-8/12/13/14 with a mod-10 check digit, normalised to 14 digits. */
public final class Gtin {

    private Gtin() {
    }

    /** True when {@code value} is 8, 12, 13 or 14 digits with a correct check digit. */
    public static boolean isValid(String value) {
        if (value == null || !(value.length() == 8 || value.length() >= 12 && value.length() <= 14)) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        int expected = checkDigit(value.substring(0, value.length() - 1));
        return expected == value.charAt(value.length() - 1) - '0';
    }

    /** The GTIN-14 form (left-padded with zeros) of a valid GTIN. */
    public static Optional<String> toGtin14(String value) {
        if (!isValid(value)) {
            return Optional.empty();
        }
        return Optional.of(value.length() == 14 ? value : "0".repeat(14 - value.length()) + value);
    }

    /** The GS1 mod-10 check digit for the digits before it. */
    public static int checkDigit(String digitsWithoutCheck) {
        int sum = 0;
        boolean timesThree = true;
        for (int i = digitsWithoutCheck.length() - 1; i >= 0; i--) {
            int d = digitsWithoutCheck.charAt(i) - '0';
            sum += timesThree ? d * 3 : d;
            timesThree = !timesThree;
        }
        return (10 - sum % 10) % 10;
    }
}
