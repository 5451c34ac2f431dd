package vn.ocop.platform.persistence;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Bulk inserts of rows built in memory through PostgreSQL {@code COPY … FROM STDIN (FORMAT csv)}: every non-null value
 * is quoted (quotes doubled), so only an unquoted empty field is NULL and nothing else, a JSON body included, needs
 * escaping; timestamps keep microseconds and their offset, decimals are written plain. Called by repositories, on the
 * connection of their session or of their own.
 */
public final class CsvCopy {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx");

    private CsvCopy() {
    }

    /** Copies {@code rows} (values in the order of {@code columns}, comma-separated) into {@code table}. */
    public static void copy(Connection connection, String table, String columns, List<Object[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + columns
                    + ") from stdin (format csv)", new StringReader(csv(rows)));
        } catch (IOException e) {
            throw new SQLException("cannot stream rows of " + table + " to PostgreSQL", e);
        }
    }

    /** The CSV text of {@code rows}, one line each. */
    static String csv(List<Object[]> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 256);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                if (row[i] != null) {
                    csv.append('"').append(text(row[i]).replace("\"", "\"\"")).append('"');
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String text(Object value) {
        if (value instanceof OffsetDateTime time) {
            return TIMESTAMP.format(time);
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
