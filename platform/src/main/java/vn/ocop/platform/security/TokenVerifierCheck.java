package vn.ocop.platform.security;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ocop.contract.TokenContract;

import java.util.List;
import java.util.Optional;

/**
 * Refuses to start a production service (build profile prod) whose token verifier has no issuer or no audience
 * configured: tokens of any issuer holding a matching key would otherwise be accepted.
 */
@ApplicationScoped
@IfBuildProfile("prod")
public class TokenVerifierCheck {

    private final Optional<String> issuer;
    private final Optional<String> audiences;

    public TokenVerifierCheck(@ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
                              @ConfigProperty(name = "mp.jwt.verify.audiences") Optional<String> audiences) {
        this.issuer = issuer;
        this.audiences = audiences;
    }

    void check(@Observes StartupEvent event) {
        List<String> missing = TokenContract.missingProductionSettings(issuer, audiences);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Bearer tokens cannot be verified safely: configure "
                    + String.join(" and ", missing));
        }
    }
}
