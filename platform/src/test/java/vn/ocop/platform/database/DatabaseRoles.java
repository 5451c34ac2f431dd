package vn.ocop.platform.database;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service's two database roles as its tests try them, with their own credentials from the service's configuration:
 * the runtime role it runs as ({@code quarkus.datasource.*}) and the owner its migrations run as
 * ({@code quarkus.flyway.*}). For a booted service's tests (the configuration is the running one).
 */
public record DatabaseRoles(String url, String runtimeUser, String runtimePassword, String ownerUser,
                            String ownerPassword) {

    /** What the owner's catalog says the runtime role may do with one table of the {@code public} schema. */
    public record TableGrants(String table, boolean selectInsert, boolean updateDelete, boolean truncate,
                              String owner) {
    }

    public static DatabaseRoles ofService() {
        Config config = ConfigProvider.getConfig();
        return new DatabaseRoles(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
    }

    public Connection runtime() throws SQLException {
        return DriverManager.getConnection(url, runtimeUser, runtimePassword);
    }

    public Connection owner() throws SQLException {
        return DriverManager.getConnection(url, ownerUser, ownerPassword);
    }

    /** Every table of the {@code public} schema but Flyway's history, with the runtime role's grants on it. */
    public List<TableGrants> tables() throws SQLException {
        try (Connection owner = owner(); Statement sql = owner.createStatement();
             ResultSet rows = sql.executeQuery("""
                     select c.relname,
                            has_table_privilege('%1$s', c.oid, 'select, insert'),
                            has_table_privilege('%1$s', c.oid, 'update, delete'),
                            has_table_privilege('%1$s', c.oid, 'truncate'),
                            pg_get_userbyid(c.relowner)
                     from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'flyway_schema_history'
                     """.formatted(runtimeUser))) {
            List<TableGrants> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(new TableGrants(rows.getString(1), rows.getBoolean(2), rows.getBoolean(3),
                        rows.getBoolean(4), rows.getString(5)));
            }
            return tables;
        }
    }

    /** Asserts that {@code statement} fails with one of the SQL states {@code states} (42501: no privilege). */
    public static void assertDenied(Statement sql, String statement, String... states) {
        assertThatThrownBy(() -> sql.execute(statement)).as(statement).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(e.getMessage()).isIn(states));
    }
}
