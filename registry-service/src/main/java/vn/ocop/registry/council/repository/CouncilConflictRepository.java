package vn.ocop.registry.council.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.council.CouncilConflict;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Declared conflicts of interest. */
@ApplicationScoped
public class CouncilConflictRepository implements PanacheRepositoryBase<CouncilConflict, UUID> {

    public Optional<CouncilConflict> of(UUID memberId, UUID producerId) {
        return find("memberId = ?1 and producerId = ?2", memberId, producerId).firstResultOptional();
    }

    public List<CouncilConflict> ofMembers(Collection<UUID> memberIds) {
        return memberIds.isEmpty() ? List.of() : list("memberId in ?1", memberIds);
    }
}
