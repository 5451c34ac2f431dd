package vn.ocop.registry.scoring.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.scoring.MemberScore;

import java.util.List;
import java.util.UUID;

/** Members' scores per round. */
@ApplicationScoped
public class MemberScoreRepository implements PanacheRepositoryBase<MemberScore, UUID> {

    public List<MemberScore> ofRound(UUID roundId) {
        return list("roundId", roundId);
    }
}
