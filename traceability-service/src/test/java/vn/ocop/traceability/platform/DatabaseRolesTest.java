package vn.ocop.traceability.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

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
 * The deployment's database roles, tried with their own credentials: the service's runtime role reads and writes
 * rows of every table (those of later migrations included) but owns none, so it cannot truncate, disable a trigger,
 * alter or drop one, nor create tables.
 */
@QuarkusTest
class DatabaseRolesTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String runtimeUser;
    @ConfigProperty(name = "quarkus.datasource.password")
    String runtimePassword;
    @ConfigProperty(name = "quarkus.flyway.username")
    String ownerUser;
    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    @Test
    void shouldLeaveTheRuntimeRoleDmlOnly() throws SQLException {
        assertThat(runtimeUser).isNotEqualTo(ownerUser);
        try (Connection runtime = DriverManager.getConnection(url, runtimeUser, runtimePassword);
             Statement sql = runtime.createStatement()) {
            for (String statement : List.of("truncate epcis_event", "truncate lot cascade",
                    "alter table epcis_event disable trigger all", "alter table lot add column shadow text",
                    "drop table epcis_event", "create table shadow (x int)", "select * from flyway_schema_history")) {
                assertThatThrownBy(() -> sql.execute(statement)).as(statement).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(e.getMessage())
                                .isEqualTo("42501"));
            }
            // what the service needs without a grant: its own temporary tables and advisory locks
            sql.execute("create temporary table scratch (x int) on commit drop");
            sql.execute("select pg_advisory_lock(42), pg_advisory_unlock(42)");
        }
    }

    @Test
    void shouldGrantTheRuntimeRoleDmlOnEveryTableOfEveryMigration() throws SQLException {
        try (Connection owner = DriverManager.getConnection(url, ownerUser, ownerPassword);
             Statement sql = owner.createStatement();
             ResultSet rows = sql.executeQuery("""
                     select c.relname,
                            has_table_privilege('%1$s', c.oid, 'select, insert, update, delete'),
                            has_table_privilege('%1$s', c.oid, 'truncate'),
                            pg_get_userbyid(c.relowner)
                     from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'flyway_schema_history'
                     """.formatted(runtimeUser))) {
            List<String> tables = new ArrayList<>();
            while (rows.next()) {
                String table = rows.getString(1);
                tables.add(table);
                assertThat(rows.getBoolean(2)).as("DML on %s", table).isTrue();
                assertThat(rows.getBoolean(3)).as("truncate on %s", table).isFalse();
                assertThat(rows.getString(4)).as("owner of %s", table).isEqualTo(ownerUser);
            }
            assertThat(tables).contains("epcis_event", "lot", "serial");
        }
    }
}
