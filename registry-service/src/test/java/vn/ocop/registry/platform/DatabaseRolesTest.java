package vn.ocop.registry.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.database.DatabaseRoles;
import vn.ocop.registry.support.Tokens;
import vn.ocop.registry.support.Workflow;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/**
 * The deployment's database roles, tried with their own credentials: the runtime role the service runs as cannot
 * truncate, disable a trigger, drop, or change a record of the audit trail, a dossier's history or a member's score,
 * yet has DML on every other table (those of later migrations included); even the owner cannot change those records.
 */
@QuarkusTest
class DatabaseRolesTest {

    private static final String APPEND_ONLY = "audit_entry, dossier_transition, member_score";

    private final DatabaseRoles roles = DatabaseRoles.ofService();

    @Test
    void shouldRefuseTheRuntimeRoleEverythingButAppendingToTheRecords() throws SQLException {
        UUID dossier = aDossierWithHistory();
        assertThat(roles.runtimeUser()).isNotEqualTo(roles.ownerUser());
        try (Connection runtime = roles.runtime();
             Statement sql = runtime.createStatement()) {
            for (String table : APPEND_ONLY.split(", ")) {
                assertDenied(sql, "truncate " + table);
                assertDenied(sql, "alter table " + table + " disable trigger all");
                assertDenied(sql, "drop table " + table);
                assertDenied(sql, "delete from " + table);
            }
            assertDenied(sql, "update audit_entry set actor = 'someone else'");
            assertDenied(sql, "update dossier_transition set reason = 'rewritten' where dossier_id = '" + dossier + "'");
            assertDenied(sql, "update member_score set total = 100");
            assertDenied(sql, "alter table producer disable trigger all");
            assertDenied(sql, "truncate outbox_event");
            assertDenied(sql, "create table shadow (x int)");
            assertDenied(sql, "select * from flyway_schema_history");
            try (ResultSet rows = sql.executeQuery("select count(*) from dossier_transition where dossier_id = '"
                    + dossier + "'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).as("the history is readable").isPositive();
            }
        }
    }

    @Test
    void shouldGrantTheRuntimeRoleDmlOnEveryOtherTableOfEveryMigration() throws SQLException {
        List<String> tables = new ArrayList<>();
        for (DatabaseRoles.TableGrants grants : roles.tables()) {
            String table = grants.table();
            tables.add(table);
            assertThat(grants.selectInsert()).as("select, insert on %s", table).isTrue();
            assertThat(grants.updateDelete()).as("update, delete on %s", table)
                    .isEqualTo(!java.util.Set.of(APPEND_ONLY.split(", ")).contains(table)
                            && !table.equals("criteria_set"));
            assertThat(grants.truncate()).as("truncate on %s", table).isFalse();
            assertThat(grants.owner()).as("owner of %s", table).isEqualTo(roles.ownerUser());
        }
        assertThat(tables).contains("producer", "audit_entry", "outbox_event");
    }

    @Test
    void shouldRefuseEvenTheOwnerToRewriteOrTruncateTheRecords() throws SQLException {
        UUID dossier = aDossierWithHistory();
        try (Connection owner = roles.owner();
             Statement sql = owner.createStatement()) {
            for (String table : APPEND_ONLY.split(", ")) {
                assertRefusedByTrigger(sql, "truncate " + table + " cascade", table);
            }
            assertRefusedByTrigger(sql, "update dossier_transition set reason = 'rewritten' where dossier_id = '"
                    + dossier + "'", "dossier_transition");
            assertRefusedByTrigger(sql, "delete from audit_entry where entity_id = '" + dossier + "'",
                    "audit trail");
        }
    }

    private static UUID aDossierWithHistory() {
        Workflow.ensureCriteriaSet("FOOD");
        UUID producer = aProducer().inCommune("05908").create();
        UUID product = aProduct(producer).inGroup("FOOD").create();
        UUID dossier = UUID.fromString(Workflow.open(product, Tokens.producer(producer)).statusCode(201)
                .extract().path("id"));
        assertThat(given().auth().oauth2(Tokens.producer(producer)).get("/dossiers/" + dossier + "/history")
                .then().statusCode(200).extract().<List<Object>>path("$")).isNotEmpty();
        return dossier;
    }

    private static void assertDenied(Statement sql, String statement) {
        DatabaseRoles.assertDenied(sql, statement, "42501", "42P17");
    }

    private static void assertRefusedByTrigger(Statement sql, String statement, String message) {
        assertThatThrownBy(() -> sql.execute(statement)).as(statement).isInstanceOf(SQLException.class)
                .hasMessageContaining(message);
    }
}
