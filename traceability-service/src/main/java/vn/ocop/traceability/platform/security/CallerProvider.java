package vn.ocop.traceability.platform.security;

import vn.ocop.contract.TokenContract;
import vn.ocop.contract.Roles;
import vn.ocop.platform.problem.DomainException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;
import java.util.UUID;

/**
 * Reads the verified bearer token of the current request into a {@link Caller}. Fails closed: a scoped role whose
 * scope claim is missing or blank ({@link Roles#SCOPE_CLAIMS}) is refused with 403, whatever the endpoint.
 */
@RequestScoped
public class CallerProvider {

    private final JsonWebToken jwt;

    public CallerProvider(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public Caller current() {
        String subject = jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
        Set<String> roles = jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
        missingScope(roles);
        UUID producerId = null;
        String producerClaim = claim(TokenContract.PRODUCER_ID);
        if (producerClaim != null) {
            try {
                producerId = UUID.fromString(producerClaim);
            } catch (IllegalArgumentException e) {
                // a malformed producer_id grants nothing
            }
        }
        return new Caller(subject, roles, producerId, claim("name"), claim(TokenContract.COMMUNE_CODE),
                claim(TokenContract.PROVINCE_CODE), claim(TokenContract.ORGANISATION_ID));
    }

    /** Refuses a token with a scoped role but not its scope claim. */
    private void missingScope(Set<String> roles) {
        for (String role : roles) {
            String claim = Roles.SCOPE_CLAIMS.get(role);
            if (claim != null && claim(claim) == null) {
                throw DomainException.forbidden("The role " + role + " needs the scope claim " + claim
                        + "; a token without it is refused");
            }
        }
    }

    private String claim(String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().replace("\"", "").strip();
        return text.isEmpty() ? null : text;
    }
}
