package vn.ocop.registry.adminunit.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.adminunit.Province;

/** Queries over provinces. */
@ApplicationScoped
public class ProvinceRepository implements PanacheRepositoryBase<Province, String> {
}
