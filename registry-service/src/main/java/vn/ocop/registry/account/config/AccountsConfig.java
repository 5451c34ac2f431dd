package vn.ocop.registry.account.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * How the registry reaches the identity provider's admin API (Keycloak) to provision accounts: through the
 * confidential client {@code ocop-registry} of the realm (client credentials; its service account may manage users).
 * Without {@code keycloak-url} provisioning answers 503 and everything else works.
 */
@ConfigMapping(prefix = "ocop.accounts")
public interface AccountsConfig {

    /** Keycloak's base URL, e.g. {@code https://auth.example.vn} (OCOP_ACCOUNTS_KEYCLOAK_URL); none by default. */
    Optional<String> keycloakUrl();

    /** The realm of the OCOP accounts. */
    @WithDefault("ocop")
    String realm();

    /** The provisioning client. */
    @WithDefault("ocop-registry")
    String clientId();

    /** Its secret (OCOP_ACCOUNTS_CLIENT_SECRET, from a secret store; never in a file). */
    Optional<String> clientSecret();

    /** Whether an appointed user is also sent Keycloak's "set your password" e-mail (needs the realm's SMTP). */
    @WithDefault("false")
    boolean sendInvitationEmail();
}
