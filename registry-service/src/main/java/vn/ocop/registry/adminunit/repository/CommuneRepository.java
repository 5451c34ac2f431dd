package vn.ocop.registry.adminunit.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.adminunit.Commune;

import java.util.List;

/** Queries over communes. */
@ApplicationScoped
public class CommuneRepository implements PanacheRepositoryBase<Commune, String> {

    public List<Commune> inProvince(String provinceCode) {
        return list("province.code = ?1 order by code", provinceCode);
    }
}
