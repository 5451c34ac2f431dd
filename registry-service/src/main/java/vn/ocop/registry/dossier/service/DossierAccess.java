package vn.ocop.registry.dossier.service;

import vn.ocop.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.dossier.Dossier;
import vn.ocop.registry.dossier.DossierState;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
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
 * <li>a scoped role without its claim: 403 (fail closed, see {@link vn.ocop.platform.security.ScopeClaims})</li>
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

    private final CallerProvider caller;

    public DossierAccess(CallerProvider caller) {
        this.caller = caller;
    }

    /** The caller's filter; 403 for a token without a workflow role or without the claim its role needs. */
    public Visibility visibility() {
        Caller who = caller.current();
        if (who.isNational()) {
            return Visibility.ALL;
        }
        if (who.has(Roles.PROVINCE_ADMIN)) {
            return new Visibility(null, null, required(who.provinceCode(), "province_code"), null, null);
        }
        if (who.has(Roles.COMMUNE_OFFICER)) {
            return new Visibility(null, required(who.communeCode(), "commune_code"), null, null, null);
        }
        if (who.has(Roles.PRODUCER)) {
            return new Visibility(required(who.producerId(), "producer_id"), null, null, null, null);
        }
        if (who.has(Roles.COUNCIL_MEMBER) || who.has(Roles.COUNCIL_SECRETARY)) {
            String province = required(who.provinceCode(), "province_code");
            return Caller.NATIONAL.equals(province)
                    ? new Visibility(null, null, null, FROM_MINISTRY, MINISTRY_THRESHOLD)
                    : new Visibility(null, null, province, FROM_COUNCIL, null);
        }
        throw DomainException.refused("no role in the certification workflow");
    }

    public boolean canSee(Dossier dossier) {
        return visibility().admits(dossier);
    }

    /** The caller has one of the roles (it can already see the dossier, so it is in scope). */
    public boolean hasAny(Set<String> roles) {
        return roles.stream().anyMatch(caller.current()::has);
    }

    private static <T> T required(T scope, String name) {
        return Optional.ofNullable(scope)
                .orElseThrow(() -> DomainException.refused("the token has no " + name + " claim"));
    }
}
