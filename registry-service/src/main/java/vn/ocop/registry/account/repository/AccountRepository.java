package vn.ocop.registry.account.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.account.Account;

import java.util.UUID;

/** Queries over provisioned accounts. */
@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    /**
     * Accounts filtered by role and scope; {@code province} matches accounts of the province or of its communes,
     * {@code commune} and {@code producer} match exactly; null filters are ignored.
     */
    public PanacheQuery<Account> search(String role, String province, String commune, UUID producer) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (role != null) {
            where.append(" and role = :role");
            params.and("role", role);
        }
        if (province != null) {
            where.append(" and (provinceCode = :province or communeCode in "
                    + "(select c.code from Commune c where c.province.code = :province))");
            params.and("province", province);
        }
        if (commune != null) {
            where.append(" and (communeCode = :commune or producerId in "
                    + "(select p.id from Producer p where p.commune.code = :commune))");
            params.and("commune", commune);
        }
        if (producer != null) {
            where.append(" and producerId = :producer");
            params.and("producer", producer);
        }
        return find(where.toString(), Sort.by("username"), params);
    }
}
