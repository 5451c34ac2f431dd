package vn.ocop.registry.dossier.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.dossier.Dossier;
import vn.ocop.registry.dossier.DossierState;
import vn.ocop.registry.dossier.service.DossierAccess.Visibility;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Queries over dossiers, always narrowed to what the caller may see. */
@ApplicationScoped
public class DossierRepository implements PanacheRepositoryBase<Dossier, UUID> {

    public PanacheQuery<Dossier> search(Visibility visibility, DossierState state, UUID productId, String province,
                                        String commune) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (visibility.producerId() != null) {
            where.add("d.producerId = :ownProducer");
            params.and("ownProducer", visibility.producerId());
        }
        if (visibility.communeCode() != null) {
            where.add("d.communeCode = :ownCommune");
            params.and("ownCommune", visibility.communeCode());
        }
        if (visibility.provinceCode() != null) {
            where.add("d.provinceCode = :ownProvince");
            params.and("ownProvince", visibility.provinceCode());
        }
        if (visibility.states() != null) {
            where.add("(d.state in :visibleStates" + (visibility.minProvincialScore() != null
                    ? " and (d.state = :ministryReview or d.provincialScore >= :minScore))" : ")"));
            params.and("visibleStates", visibility.states());
            if (visibility.minProvincialScore() != null) {
                params.and("ministryReview", DossierState.MINISTRY_REVIEW).and("minScore",
                        visibility.minProvincialScore());
            }
        }
        if (state != null) {
            where.add("d.state = :state");
            params.and("state", state);
        }
        if (productId != null) {
            where.add("d.product.id = :product");
            params.and("product", productId);
        }
        if (province != null) {
            where.add("d.provinceCode = :province");
            params.and("province", province);
        }
        if (commune != null) {
            where.add("d.communeCode = :commune");
            params.and("commune", commune);
        }
        String query = "from Dossier d" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return find(query, Sort.descending("updatedAt").and("id"), params);
    }
}
