package vn.ocop.traceability.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;
import java.util.UUID;

/** Reads the verified bearer token of the current request into a {@link Caller}. */
@RequestScoped
public class CallerProvider {

    @Inject
    JsonWebToken jwt;

    public Caller current() {
        String subject = jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
        Set<String> roles = jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
        UUID producerId = null;
        Object claim = jwt.getClaim(Roles.PRODUCER_ID_CLAIM);
        if (claim != null) {
            try {
                producerId = UUID.fromString(claim.toString().replace("\"", ""));
            } catch (IllegalArgumentException e) {
                // a malformed producer_id grants nothing
            }
        }
        Object name = jwt.getClaim(Roles.NAME_CLAIM);
        return new Caller(subject, roles, producerId, name == null ? null : name.toString().replace("\"", ""));
    }
}
