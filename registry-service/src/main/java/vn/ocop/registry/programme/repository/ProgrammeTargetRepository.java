package vn.ocop.registry.programme.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.programme.ProgrammeTarget;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Queries over provincial targets. */
@ApplicationScoped
public class ProgrammeTargetRepository implements PanacheRepositoryBase<ProgrammeTarget, UUID> {

    /** The province's targets, of exactly this period when both bounds are given, by period then indicator. */
    public List<ProgrammeTarget> ofProvince(String provinceCode, LocalDate start, LocalDate end) {
        if (start == null) {
            return list("provinceCode = ?1 order by periodStart, periodEnd, indicatorCode", provinceCode);
        }
        return list("provinceCode = ?1 and periodStart = ?2 and periodEnd = ?3 order by indicatorCode", provinceCode,
                start, end);
    }

    /** Whether another target of the province names this indicator for this period. */
    public boolean duplicate(ProgrammeTarget target) {
        return count("provinceCode = ?1 and periodStart = ?2 and periodEnd = ?3 and indicatorCode = ?4 and id <> ?5",
                target.provinceCode, target.periodStart, target.periodEnd, target.indicatorCode, target.id) > 0;
    }
}
