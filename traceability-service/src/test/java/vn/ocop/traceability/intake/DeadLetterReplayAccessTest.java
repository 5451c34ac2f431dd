package vn.ocop.traceability.intake;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ocop.traceability.support.Tokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Only an administrator may move dead-lettered registry events back onto the topic (the replay itself is exercised by the
 * fault suite, where replaying does not disturb other tests' dead letters).
 */
@QuarkusTest
class DeadLetterReplayAccessTest {

    private static final String REPLAY = "/admin/dead-letters/replay";

    @Test
    void shouldRefuseReplayWithoutAToken() {
        given().when().post(REPLAY).then().statusCode(401);
    }

    @Test
    void shouldRefuseReplayForEveryRoleButAdmin() {
        for (String token : List.of(Tokens.producer(UUID.randomUUID()), Tokens.communeOfficer("05908"),
                Tokens.provinceAdmin("19"), Tokens.ministry(), Tokens.party("processor", "org-1"))) {
            given().auth().oauth2(token).when().post(REPLAY).then().statusCode(403);
        }
    }
}
