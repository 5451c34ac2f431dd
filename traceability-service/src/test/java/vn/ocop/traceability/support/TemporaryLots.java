package vn.ocop.traceability.support;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * TEMPORARY: writes lot rows straight into the database until the lot API of the capture branch is merged; then the
 * serial tests should create their lots through {@code POST /lots} and this class should go.
 */
public final class TemporaryLots {

    private TemporaryLots() {
    }

    /** A new lot of the product with a random lot code; returns its id. */
    public static Lot insert(DataSource dataSource, UUID productId) {
        String lotCode = "L" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return insert(dataSource, productId, lotCode);
    }

    public static Lot insert(DataSource dataSource, UUID productId, String lotCode) {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into lot (id, product_id, lot_code, production_date, quantity, unit, created_by,
                                      created_at, version)
                     values (?, ?, ?, ?, 500, 'hộp', 'test', ?, 0)""")) {
            insert.setObject(1, id);
            insert.setObject(2, productId);
            insert.setString(3, lotCode);
            insert.setObject(4, LocalDate.now());
            insert.setObject(5, OffsetDateTime.now());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert a test lot", e);
        }
        return new Lot(id, productId, lotCode);
    }

    /** The facts of a test lot. */
    public record Lot(UUID id, UUID productId, String code) {
    }
}
