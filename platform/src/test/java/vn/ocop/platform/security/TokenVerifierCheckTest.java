package vn.ocop.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A production start without the verifier's issuer or audience fails, naming what to configure. */
class TokenVerifierCheckTest {

    @Test
    void shouldRefuseToStartWithoutIssuerOrAudience() {
        assertThatThrownBy(() -> new TokenVerifierCheck(Optional.empty(), Optional.of("ocop-api")).check(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("mp.jwt.verify.issuer");
        assertThatThrownBy(() -> new TokenVerifierCheck(Optional.of("https://auth.example.vn/realms/ocop"),
                Optional.of(" ")).check(null))
                .hasMessageContaining("mp.jwt.verify.audiences").hasMessageNotContaining("mp.jwt.verify.issuer");
    }

    @Test
    void shouldStartWithBoth() {
        assertThatCode(() -> new TokenVerifierCheck(Optional.of("https://auth.example.vn/realms/ocop"),
                Optional.of("ocop-api")).check(null)).doesNotThrowAnyException();
    }
}
