package vn.ocop.registry.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.registry.adminunit.Commune;
import vn.ocop.registry.adminunit.Province;
import vn.ocop.registry.adminunit.service.AdminUnitService;
import vn.ocop.registry.indicator.IndicatorValues;
import vn.ocop.registry.indicator.repository.IndicatorRepository;
import vn.ocop.registry.indicator.repository.IndicatorRepository.Area;
import vn.ocop.registry.indicator.repository.IndicatorRepository.CommuneCounts;
import vn.ocop.registry.indicator.service.AreaFacts.Growth;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Computes the programme indicators of the country, a province or a commune for a period, always from the registry's
 * current data (never typed in), and decides who may see which area: admin and ministry everywhere, a province admin
 * its own province only.
 */
@ApplicationScoped
public class IndicatorService {

    /** The area and period a computation is for, resolved and authorised. */
    public record Query(Province province, Commune commune, LocalDate from, LocalDate to) {
        Area area() {
            return new Area(province == null ? null : province.code, commune == null ? null : commune.code);
        }
    }

    private final IndicatorRepository indicators;
    private final IndicatorCache cache;
    private final AdminUnitService adminUnits;
    private final CallerProvider caller;
    private final Clock clock;

    public IndicatorService(IndicatorRepository indicators, IndicatorCache cache, AdminUnitService adminUnits,
                            CallerProvider caller, Clock clock) {
        this.indicators = indicators;
        this.cache = cache;
        this.adminUnits = adminUnits;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Resolves and authorises an area and period: no province = the country (admin, ministry); a commune must lie in
     * the province given. {@code to} defaults to today, {@code from} to 1 January of {@code to}'s year.
     */
    @Transactional
    public Query query(String provinceCode, String communeCode, LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.withDayOfYear(1);
        if (start.isAfter(end)) {
            throw DomainException.invalid("from", "must not be after to (" + end + ")");
        }
        Commune commune = null;
        if (communeCode != null) {
            commune = adminUnits.requireCommune(communeCode, "commune");
            if (provinceCode != null && !provinceCode.equals(commune.province.code)) {
                throw DomainException.invalid("commune", "is not in province " + provinceCode);
            }
        }
        Province province = commune != null ? commune.province
                : provinceCode == null ? null : adminUnits.requireProvince(provinceCode, "province");
        requireArea(province == null ? null : province.code);
        return new Query(province, commune, start, end);
    }

    /** Refuses (403) unless the caller may see the area: national callers anything, a province admin its own. */
    public void requireArea(String provinceCode) {
        if (caller.current().isNational()) {
            return;
        }
        if (provinceCode != null && caller.current().has(Roles.PROVINCE_ADMIN)
                && provinceCode.equals(caller.current().provinceCode())) {
            return;
        }
        throw DomainException.refused(provinceCode == null ? "national indicators need the admin or ministry role"
                : "outside the caller's province");
    }

    /** The indicators of the whole area with the certified products by group. */
    @Transactional
    public AreaIndicators indicators(Query q) {
        AreaFacts facts = facts(q.area(), q.from(), q.to());
        List<AreaIndicators.GroupCount> groups = facts.groups().stream()
                .map(g -> new AreaIndicators.GroupCount(g.groupCode(), g.groupName(), g.certified())).toList();
        return new AreaIndicators(q.province() == null ? null : q.province().code,
                q.province() == null ? null : q.province().fullName, q.commune() == null ? null : q.commune().code,
                q.commune() == null ? null : q.commune().fullName, q.from(), q.to(),
                combine(facts.communes(), facts.growth()), groups);
    }

    /** Just the values of an area (targets read their progress from here). */
    @Transactional
    public IndicatorValues values(Area area, LocalDate from, LocalDate to) {
        AreaFacts facts = facts(area, from, to);
        return combine(facts.communes(), facts.growth());
    }

    /** One row per commune of the area, in commune code order. */
    @Transactional
    public List<CommuneIndicators> communes(Query q) {
        AreaFacts facts = facts(q.area(), q.from(), q.to());
        return facts.communes().stream()
                .map(c -> new CommuneIndicators(c.communeCode(), c.communeName(), c.provinceCode(),
                        combine(List.of(c), facts.growth(c.communeCode())))).toList();
    }

    /**
     * The area's facts through the cache: kept until the data they read changes, and then brought up to date by
     * computing afresh just the communes the change touched (every commune after a change to the reference data).
     */
    private AreaFacts facts(Area area, LocalDate from, LocalDate to) {
        String zone = zone();
        return cache.get(List.of(area, from, to, zone), () -> compute(area, from, to, zone),
                (kept, changed) -> kept.replacing(changed, compute(area.only(changed), from, to, zone)));
    }

    private AreaFacts compute(Area area, LocalDate from, LocalDate to, String zone) {
        return AreaFacts.of(indicators.counts(area, from, to, zone), indicators.growth(area, to));
    }

    private String zone() {
        return clock.getZone().getId();
    }

    private static IndicatorValues combine(List<CommuneCounts> communes, Growth growth) {
        long n = communes.size();
        long withProduct = communes.stream().filter(c -> c.productsInProgramme() > 0).count();
        long withCertified = communes.stream().filter(c -> c.certified() > 0).count();
        long certified = sum(communes, CommuneCounts::certified);
        long linked = sum(communes, CommuneCounts::linked);
        long points = sum(communes, CommuneCounts::salesPoints);
        return new IndicatorValues(n, withProduct, ratio(withProduct * 100, n, 2), withCertified,
                sum(communes, CommuneCounts::productsInProgramme), certified, sum(communes, CommuneCounts::stars3),
                sum(communes, CommuneCounts::stars4), sum(communes, CommuneCounts::stars5),
                sum(communes, CommuneCounts::producers), sum(communes, CommuneCounts::dn),
                sum(communes, CommuneCounts::htx), sum(communes, CommuneCounts::tht), sum(communes, CommuneCounts::hkd),
                sum(communes, CommuneCounts::newOrganisations), sum(communes, CommuneCounts::jobs), linked,
                ratio(linked * 100, certified, 2), growth.products(), growth.before(), growth.after(),
                growth.median() == null ? null : round(growth.median(), 2),
                growth.products() == 0 ? null : ratio((growth.after() - growth.before()) * 100, growth.before(), 2),
                points, sum(communes, CommuneCounts::fairs), ratio(points, n, 4));
    }

    private static long sum(List<CommuneCounts> rows, java.util.function.ToLongFunction<CommuneCounts> f) {
        return rows.stream().mapToLong(f).sum();
    }

    private static Double ratio(long numerator, long denominator, int scale) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static double round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }
}
