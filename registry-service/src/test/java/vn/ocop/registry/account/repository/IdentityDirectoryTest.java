package vn.ocop.registry.account.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.registry.account.config.AccountsConfig;

import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a caller hears when the identity provider cannot be reached: a 503 that says when to try again. */
class IdentityDirectoryTest {

    @Test
    void shouldAnswerUnreachableProviderWith503AndRetryAfter() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();   // nothing listens there once the socket is closed
        }
        IdentityDirectory directory = new IdentityDirectory(config("http://127.0.0.1:" + closed), new ObjectMapper());

        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> directory.invite("can.bo@ocop.local", "Cán", "Bộ", "commune-officer", Map.of()));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.code()).isEqualTo("identity-provider-unavailable");
        assertThat(refused.headers()).containsEntry("Retry-After", "5");
    }

    @Test
    void shouldAnswerMissingConfigurationWith503WithoutRetryAfter() {
        IdentityDirectory directory = new IdentityDirectory(config(null), new ObjectMapper());

        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> directory.invite("can.bo@ocop.local", "Cán", "Bộ", "commune-officer", Map.of()));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.code()).isEqualTo("accounts-not-configured");
        assertThat(refused.headers()).doesNotContainKey("Retry-After");   // trying again will not help
    }

    private static AccountsConfig config(String url) {
        return new AccountsConfig() {
            @Override
            public Optional<String> keycloakUrl() {
                return Optional.ofNullable(url);
            }

            @Override
            public String realm() {
                return "ocop";
            }

            @Override
            public String clientId() {
                return "ocop-registry";
            }

            @Override
            public Optional<String> clientSecret() {
                return Optional.of("not-a-secret");
            }

            @Override
            public boolean sendInvitationEmail() {
                return false;
            }
        };
    }
}
