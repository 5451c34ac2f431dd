package vn.ocop.registry.partner.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.partner.PartnerKey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Partner API keys (hashes). */
@ApplicationScoped
public class PartnerKeyRepository implements PanacheRepositoryBase<PartnerKey, UUID> {

    /** The key with this prefix and its partner, in one statement (every partner request starts here). */
    public Optional<PartnerKey> byPrefix(String prefix) {
        return find("from PartnerKey k join fetch k.partner where k.prefix = ?1", prefix).firstResultOptional();
    }

    public List<PartnerKey> of(UUID partnerId) {
        return list("partner.id", Sort.by("createdAt"), partnerId);
    }
}
