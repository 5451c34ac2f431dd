package vn.ocop.traceability.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.database.DatabaseRoles;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment's database roles, tried with their own credentials: the service's runtime role reads and writes
 * rows of every table (those of later migrations included) but owns none, so it cannot truncate, disable a trigger,
 * alter or drop one, nor create tables.
 */
@QuarkusTest
class DatabaseRolesTest {

    private final DatabaseRoles roles = DatabaseRoles.ofService();

    @Test
    void shouldLeaveTheRuntimeRoleDmlOnly() throws SQLException {
        assertThat(roles.runtimeUser()).isNotEqualTo(roles.ownerUser());
        try (Connection runtime = roles.runtime();
             Statement sql = runtime.createStatement()) {
            for (String statement : List.of("truncate epcis_event", "truncate lot cascade",
                    "alter table epcis_event disable trigger all", "alter table lot add column shadow text",
                    "drop table epcis_event", "create table shadow (x int)", "select * from flyway_schema_history")) {
                DatabaseRoles.assertDenied(sql, statement, "42501");
            }
            // what the service needs without a grant: its own temporary tables and advisory locks
            sql.execute("create temporary table scratch (x int) on commit drop");
            sql.execute("select pg_advisory_lock(42), pg_advisory_unlock(42)");
        }
    }

    @Test
    void shouldGrantTheRuntimeRoleDmlOnEveryTableOfEveryMigration() throws SQLException {
        List<String> tables = new ArrayList<>();
        for (DatabaseRoles.TableGrants grants : roles.tables()) {
            String table = grants.table();
            tables.add(table);
            assertThat(grants.selectInsert() && grants.updateDelete()).as("DML on %s", table).isTrue();
            assertThat(grants.truncate()).as("truncate on %s", table).isFalse();
            assertThat(grants.owner()).as("owner of %s", table).isEqualTo(roles.ownerUser());
        }
        assertThat(tables).contains("epcis_event", "lot", "serial");
    }
}
