package vn.ocop.registry.scoring.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.ocop.registry.council.CouncilLevel;
import vn.ocop.registry.scoring.RoundState;
import vn.ocop.registry.scoring.ScoringRound;

import java.util.List;
import java.util.UUID;

/** Scoring rounds of dossiers and their seats. */
@ApplicationScoped
public class ScoringRoundRepository implements PanacheRepositoryBase<ScoringRound, UUID> {

    /** A seated member able to score: the subject of their council record and their full name. */
    public record Scorer(String subject, String fullName) {
    }

    public List<ScoringRound> ofDossier(UUID dossierId) {
        return list("dossierId", Sort.by("openedAt").and("roundNo"), dossierId);
    }

    public boolean hasOpen(UUID dossierId) {
        return count("dossierId = ?1 and state = ?2", dossierId, RoundState.OPEN) > 0;
    }

    public int lastRoundNo(UUID dossierId, CouncilLevel level) {
        return find("dossierId = ?1 and level = ?2", Sort.descending("roundNo"), dossierId, level)
                .firstResultOptional().map(r -> r.roundNo).orElse(0);
    }

    /** Locks the round's row until the transaction ends and reloads the round (what another scorer committed). */
    public void lockForUpdate(ScoringRound round) {
        getEntityManager().lock(round, LockModeType.PESSIMISTIC_WRITE);
        getEntityManager().refresh(round);
    }

    /** The members of the round able to score (present, not recused). */
    public List<Scorer> scorers(UUID roundId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select m.subject, m.full_name from round_seat s "
                        + "join council_member m on m.id = s.member_id where s.round_id = ?1 and s.present "
                        + "and not s.recused")
                .setParameter(1, roundId).getResultList();
        return rows.stream().map(r -> new Scorer((String) r[0], (String) r[1])).toList();
    }
}
