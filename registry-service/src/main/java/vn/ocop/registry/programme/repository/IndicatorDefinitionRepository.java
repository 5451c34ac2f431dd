package vn.ocop.registry.programme.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.programme.IndicatorDefinition;

import java.util.List;

/** The indicator set targets can name. */
@ApplicationScoped
public class IndicatorDefinitionRepository implements PanacheRepositoryBase<IndicatorDefinition, String> {

    public List<IndicatorDefinition> inOrder() {
        return list("order by sortOrder");
    }
}
