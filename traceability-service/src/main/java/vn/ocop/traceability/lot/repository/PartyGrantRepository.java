package vn.ocop.traceability.lot.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.lot.PartyGrant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries over producers' party grants. */
@ApplicationScoped
public class PartyGrantRepository implements PanacheRepositoryBase<PartyGrant, UUID> {

    /** Grants in force on the lot itself and on its whole product, oldest first. */
    public List<PartyGrant> inForceOnLot(UUID lotId, UUID productId) {
        return list("revokedAt is null and productId = ?1 and (lotId = ?2 or lotId is null) order by grantedAt, id",
                productId, lotId);
    }

    /** Grants in force on the whole product (not on single lots), oldest first. */
    public List<PartyGrant> inForceOnProduct(UUID productId) {
        return list("revokedAt is null and productId = ?1 and lotId is null order by grantedAt, id", productId);
    }

    /** The organisation's grant in force on the lot or its product, if any. */
    public Optional<PartyGrant> inForceFor(UUID lotId, UUID productId, String organisationId) {
        return find("revokedAt is null and productId = ?1 and (lotId = ?2 or lotId is null) and organisationId = ?3",
                productId, lotId, organisationId).firstResultOptional();
    }

    /** True when the organisation already holds a grant in force on exactly this lot (or product, lot null). */
    public boolean existsInForce(UUID productId, UUID lotId, String organisationId) {
        return lotId == null
                ? count("revokedAt is null and productId = ?1 and lotId is null and organisationId = ?2",
                productId, organisationId) > 0
                : count("revokedAt is null and productId = ?1 and lotId = ?2 and organisationId = ?3",
                productId, lotId, organisationId) > 0;
    }
}
