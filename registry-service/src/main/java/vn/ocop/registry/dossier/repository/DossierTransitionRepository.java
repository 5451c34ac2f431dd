package vn.ocop.registry.dossier.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.dossier.DossierTransition;

import java.util.List;
import java.util.UUID;

/** The state history of dossiers, oldest first. */
@ApplicationScoped
public class DossierTransitionRepository implements PanacheRepositoryBase<DossierTransition, Long> {

    public List<DossierTransition> of(UUID dossierId) {
        return list("dossierId", Sort.by("id"), dossierId);
    }
}
