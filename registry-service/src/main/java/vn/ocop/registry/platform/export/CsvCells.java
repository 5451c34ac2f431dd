package vn.ocop.registry.platform.export;

/**
 * Neutralises CSV cells a spreadsheet would run as a formula (OWASP "CSV injection"): a text cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading single quote. Numbers are written
 * as numbers and are left alone.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The cell text as written to a CSV file. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return neutralise(value.toString());
    }

    /** {@code text} with a leading single quote when it starts with a formula trigger. */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
