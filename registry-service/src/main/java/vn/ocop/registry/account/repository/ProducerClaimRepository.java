package vn.ocop.registry.account.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.account.ClaimStatus;
import vn.ocop.registry.account.ProducerClaim;

import java.util.List;
import java.util.UUID;

/** Queries over producer claims. */
@ApplicationScoped
public class ProducerClaimRepository implements PanacheRepositoryBase<ProducerClaim, UUID> {

    public List<ProducerClaim> ofProducer(UUID producerId) {
        return list("producerId", Sort.by("createdAt"), producerId);
    }

    public boolean pending(UUID producerId, UUID accountId) {
        return count("producerId = ?1 and accountId = ?2 and status = ?3", producerId, accountId,
                ClaimStatus.PENDING) > 0;
    }
}
