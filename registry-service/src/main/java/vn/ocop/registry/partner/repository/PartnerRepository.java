package vn.ocop.registry.partner.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.query.NativeQuery;
import vn.ocop.registry.partner.Partner;

import java.util.List;
import java.util.UUID;

/** Partner accounts. */
@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    /** Ids of partners with a webhook URL that may read {@code provinceCode} (no provinces listed: all). */
    @SuppressWarnings("unchecked")
    public List<UUID> webhookSubscribers(String provinceCode) {
        // reads only partners: flushes pending partner changes, not the caller's other writes (an import's chunk)
        return getEntityManager().createNativeQuery("select id from partner where webhook_url is not null "
                + "and (provinces is null or cast(?1 as varchar) = any (provinces)) order by created_at, id")
                .unwrap(NativeQuery.class).addSynchronizedEntityClass(Partner.class)
                .setParameter(1, provinceCode).getResultList();
    }
}
