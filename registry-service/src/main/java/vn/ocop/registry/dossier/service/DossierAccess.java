package vn.ocop.registry.dossier.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.dossier.Dossier;
import vn.ocop.registry.dossier.DossierState;
import vn.ocop.registry.platform.security.CallerScope;
import vn.ocop.contract.Roles;
import vn.ocop.registry.platform.security.ScopeClaims;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Which dossiers the caller may see, from its role and token claims. A dossier outside that is reported as not found,
 * so its existence does not leak; a role that may see a dossier may act on it only where the workflow allows.
 * <ul>
 * <li>admin, ministry: every dossier</li>
 * <li>province-admin: its province ({@code province_code}); commune-officer: its commune ({@code commune_code});
 * producer: its own ({@code producer_id})</li>
 * <li>council-member, council-secretary of a provincial council ({@code province_code}): its province's dossiers from
 * council review on; of the national council ({@code province_code} = national): dossiers sent to ministry review</li>
 * <li>a scoped role without its claim: 403 (fail closed, see {@link ScopeClaims})</li>
 * </ul>
 */
@ApplicationScoped
public class DossierAccess {

    /** The provincial score from which a dossier goes to the ministry for 5★. */
    public static final BigDecimal MINISTRY_THRESHOLD = BigDecimal.valueOf(90);

    private static final Set<DossierState> FROM_COUNCIL = EnumSet.of(DossierState.COUNCIL_REVIEW,
            DossierState.MINISTRY_REVIEW, DossierState.RANKED, DossierState.REJECTED);
    private static final Set<DossierState> FROM_MINISTRY = EnumSet.of(DossierState.MINISTRY_REVIEW,
            DossierState.RANKED, DossierState.REJECTED);

    /** A filter on dossiers: every non-null part must match. */
    public record Visibility(UUID producerId, String communeCode, String provinceCode, Set<DossierState> states,
                             BigDecimal minProvincialScore) {

        static final Visibility ALL = new Visibility(null, null, null, null, null);

        boolean admits(Dossier d) {
            return (producerId == null || producerId.equals(d.producerId))
                    && (communeCode == null || communeCode.equals(d.communeCode))
                    && (provinceCode == null || provinceCode.equals(d.provinceCode))
                    && (states == null || states.contains(d.state) && (minProvincialScore == null
                    || d.state == DossierState.MINISTRY_REVIEW
                    || d.provincialScore != null && d.provincialScore.compareTo(minProvincialScore) >= 0));
        }
    }

    private final CallerScope caller;

    public DossierAccess(CallerScope caller) {
        this.caller = caller;
    }

    /** The caller's filter; 403 for a token without a workflow role or without the claim its role needs. */
    public Visibility visibility() {
        if (caller.isNational()) {
            return Visibility.ALL;
        }
        if (caller.has(Roles.PROVINCE_ADMIN)) {
            return new Visibility(null, null, claim("province_code"), null, null);
        }
        if (caller.has(Roles.COMMUNE_OFFICER)) {
            return new Visibility(null, claim("commune_code"), null, null, null);
        }
        if (caller.has(Roles.PRODUCER)) {
            return new Visibility(UUID.fromString(claim("producer_id")), null, null, null, null);
        }
        if (caller.has(Roles.COUNCIL_MEMBER) || caller.has(Roles.COUNCIL_SECRETARY)) {
            String province = claim("province_code");
            return ScopeClaims.NATIONAL.equals(province)
                    ? new Visibility(null, null, null, FROM_MINISTRY, MINISTRY_THRESHOLD)
                    : new Visibility(null, null, province, FROM_COUNCIL, null);
        }
        throw new ForbiddenException("no role in the certification workflow");
    }

    public boolean canSee(Dossier dossier) {
        return visibility().admits(dossier);
    }

    /** The caller has one of the roles (it can already see the dossier, so it is in scope). */
    public boolean hasAny(Set<String> roles) {
        return roles.stream().anyMatch(caller::has);
    }

    private String claim(String name) {
        return caller.claim(name).orElseThrow(() -> new ForbiddenException("the token has no " + name + " claim"));
    }
}
