package vn.ocop.traceability.platform.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as far as this service's rules care: the token subject, roles, the producer the token speaks for
 * (claim {@code producer_id}) and a display name.
 */
public record Caller(String subject, Set<String> roles, UUID producerId, String name) {

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** True when the caller may act for {@code producer}: an admin, or a producer token carrying that producer id. */
    public boolean actsFor(UUID producer) {
        return isAdmin() || (roles.contains(Roles.PRODUCER) && producer != null && producer.equals(producerId));
    }
}
