package vn.ocop.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.ocop.contract.TokenContract;

import java.security.Principal;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the verified bearer token of the current request into a {@link Caller}. Fails closed: a scoped role whose
 * scope claim is missing, blank or malformed is refused with 403 ({@link ScopeClaims}), whatever the endpoint.
 */
@RequestScoped
public class CallerProvider {

    private final SecurityIdentity identity;
    /** The caller last read in this request, and the principal and roles it was read from. */
    private Caller caller;
    private Principal readPrincipal;
    private Set<String> readRoles;

    public CallerProvider(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * The caller of this request ({@link Caller#anonymous()} without a token). Read once per request and identity: an
     * import's background request asks for it several times per row. A refusal is not kept: it is thrown each time.
     */
    public Caller current() {
        Principal principal = identity.getPrincipal();
        Set<String> roles = identity.getRoles();
        if (caller == null || principal != readPrincipal || roles != readRoles) {
            caller = read(identity);
            readPrincipal = principal;
            readRoles = roles;
        }
        return caller;
    }

    /** {@code identity} as a caller; refuses (403 missing-scope) a scoped role without its scope claim. */
    static Caller read(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Caller.anonymous();
        }
        Function<String, String> claims = claimsOf(identity);
        ScopeClaims.missing(identity.getRoles(), claims).ifPresent(error -> {
            throw ScopeClaims.refusal(error);
        });
        String actor = identity.getPrincipal().getName();
        String subject = claims.apply(Claims.sub.name());
        String username = claims.apply(Claims.preferred_username.name());
        return new Caller(subject != null ? subject : actor, actor, username != null ? username : actor,
                identity.getRoles(), uuid(claims.apply(TokenContract.PRODUCER_ID)), claims.apply("name"),
                claims.apply(TokenContract.COMMUNE_CODE), claims.apply(TokenContract.PROVINCE_CODE),
                claims.apply(TokenContract.ORGANISATION_ID));
    }

    /** The claims of the identity's token by name: the value as carried (quotes of JSON strings removed), null if blank. */
    static Function<String, String> claimsOf(SecurityIdentity identity) {
        JsonWebToken jwt = identity.getPrincipal() instanceof JsonWebToken token ? token : null;
        return name -> {
            if (jwt == null || !jwt.containsClaim(name)) {
                return null;
            }
            Object value = jwt.getClaim(name);
            String text = value == null ? "" : value.toString().replace("\"", "");
            return text.isBlank() ? null : text;
        };
    }

    /** A malformed producer_id grants nothing (a producer token with one is refused before). */
    private static UUID uuid(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
