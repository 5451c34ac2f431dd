package vn.ocop.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.infra.JwtKeys;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DemoTokensTest {

    @Test
    void shouldPrintOneTwelveHourTokenPerRoleWithTheScopeEachRoleNeeds(@TempDir Path keys) throws Exception {
        Map<String, String> tokens = DemoTokens.forEveryRole(JwtKeys.in(keys), "7f1c2f4e-0000-4000-8000-000000000001");

        assertThat(tokens).containsOnlyKeys("admin", "commune-officer", "province-admin", "producer", "council-member",
                "council-secretary", "ministry");
        tokens.forEach((role, token) -> {
            JsonNode claims = claims(token);
            assertThat(claims.path("groups").get(0).asText()).isEqualTo(role);
            assertThat(claims.path("iss").asText()).isEqualTo(JwtKeys.ISSUER);
            assertThat(claims.path("aud").asText()).isEqualTo(JwtKeys.AUDIENCE);
            assertThat(claims.path("exp").asLong())
                    .isCloseTo(Instant.now().plusSeconds(12 * 3600).getEpochSecond(), within(120L));
        });
        assertThat(claims(tokens.get("commune-officer")).path("commune_code").asText()).isEqualTo("05908");
        assertThat(claims(tokens.get("province-admin")).path("province_code").asText()).isEqualTo("19");
        assertThat(claims(tokens.get("producer")).path("producer_id").asText())
                .isEqualTo("7f1c2f4e-0000-4000-8000-000000000001");
    }

    private static JsonNode claims(String token) {
        try {
            return RegistryClient.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
