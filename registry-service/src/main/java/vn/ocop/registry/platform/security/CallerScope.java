package vn.ocop.registry.platform.security;

import vn.ocop.contract.Roles;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller of the current request and the scope its token grants: a producer acts for its own producer
 * ({@code producer_id} claim), a commune officer for its commune ({@code commune_code}), a province admin for its
 * province ({@code province_code}); admin and ministry act everywhere.
 */
@RequestScoped
public class CallerScope {

    private final SecurityIdentity identity;

    public CallerScope(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean isNational() {
        return has(Roles.ADMIN) || has(Roles.MINISTRY);
    }

    public Optional<String> claim(String name) {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt && jwt.containsClaim(name)) {
            Object value = jwt.getClaim(name);
            return Optional.ofNullable(value).map(v -> v.toString().replace("\"", ""));
        }
        return Optional.empty();
    }

    /** Refuses unless the caller has {@code role}: 401 without a token, 403 with another role. */
    public void requireRole(String role) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!has(role)) {
            throw new ForbiddenException("role " + role + " required");
        }
    }

    /** Refuses (403) unless the caller may act on something located in this commune and province. */
    public void requireLocation(String communeCode, String provinceCode) {
        if (isNational()) {
            return;
        }
        if (has(Roles.PROVINCE_ADMIN) && claim("province_code").filter(provinceCode::equals).isPresent()) {
            return;
        }
        if (has(Roles.COMMUNE_OFFICER) && claim("commune_code").filter(communeCode::equals).isPresent()) {
            return;
        }
        throw new ForbiddenException("outside the caller's area");
    }

    /**
     * Whether the caller is this producer or staff whose scope covers it (commune officer of its commune, province
     * admin of its province, ministry, admin): who may see its contact details and tax code.
     */
    public boolean covers(UUID producerId, String communeCode, String provinceCode) {
        if (identity.isAnonymous()) {
            return false;
        }
        if (isNational()) {
            return true;
        }
        return has(Roles.PRODUCER) && claim("producer_id").filter(producerId.toString()::equals).isPresent()
                || has(Roles.PROVINCE_ADMIN) && claim("province_code").filter(provinceCode::equals).isPresent()
                || has(Roles.COMMUNE_OFFICER) && claim("commune_code").filter(communeCode::equals).isPresent();
    }

    /** Refuses (403) unless the caller may act for this producer (its own, or one in its area). */
    public void requireProducer(UUID producerId, String communeCode, String provinceCode) {
        if (has(Roles.PRODUCER) && claim("producer_id").filter(producerId.toString()::equals).isPresent()) {
            return;
        }
        requireLocation(communeCode, provinceCode);
    }
}
