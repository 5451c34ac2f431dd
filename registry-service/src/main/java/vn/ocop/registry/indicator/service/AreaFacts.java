package vn.ocop.registry.indicator.service;

import vn.ocop.registry.indicator.repository.IndicatorRepository.CommuneCounts;
import vn.ocop.registry.indicator.repository.IndicatorRepository.Counts;
import vn.ocop.registry.indicator.repository.IndicatorRepository.GroupCount;
import vn.ocop.registry.indicator.repository.IndicatorRepository.ProductGrowth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What an area's indicators are added up from, per commune: each commune's counts, its certified products by level-1
 * group and its products' revenue growth. Every value depends only on its own commune's data, so a kept instance is
 * brought up to date by {@link #replacing} the communes a change touched with ones computed afresh; the area's
 * totals (groups, growth) and each commune's growth are worked out once per instance, not per read. Immutable.
 */
final class AreaFacts {

    /** Revenue growth of a commune or an area: products that have it, their revenues summed, the median percentage. */
    record Growth(long products, long before, long after, Double median) {

        static Growth of(Collection<ProductGrowth> products) {
            double[] percents = products.stream().mapToDouble(ProductGrowth::percent).sorted().toArray();
            return new Growth(products.size(), products.stream().mapToLong(ProductGrowth::before).sum(),
                    products.stream().mapToLong(ProductGrowth::after).sum(), AreaFacts.median(percents));
        }
    }

    /** Certified products of a level-1 group in the whole area. */
    record GroupTotal(String groupCode, String groupName, long certified) {
    }

    private static final Growth NO_GROWTH = Growth.of(List.of());

    private final Map<String, CommuneCounts> communes;                 // in commune code order
    private final Map<String, List<GroupCount>> groups;
    private final Map<String, List<ProductGrowth>> growth;
    private final List<GroupTotal> groupTotals;
    private final Map<String, Growth> communeGrowth;
    private final Growth areaGrowth;

    private AreaFacts(Map<String, CommuneCounts> communes, Map<String, List<GroupCount>> groups,
                      Map<String, List<ProductGrowth>> growth) {
        this.communes = communes;
        this.groups = groups;
        this.growth = growth;
        this.groupTotals = groups.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(GroupCount::groupCode)).values().stream()
                .sorted(Comparator.comparingInt((List<GroupCount> g) -> g.get(0).sortOrder())
                        .thenComparing(g -> g.get(0).groupCode()))
                .map(g -> new GroupTotal(g.get(0).groupCode(), g.get(0).groupName(),
                        g.stream().mapToLong(GroupCount::certified).sum()))
                .toList();
        this.communeGrowth = new HashMap<>();
        growth.forEach((commune, products) -> communeGrowth.put(commune, Growth.of(products)));
        this.areaGrowth = Growth.of(growth.values().stream().flatMap(List::stream).toList());
    }

    /** The facts of the communes the repository returned (its counts and its products' growth). */
    static AreaFacts of(Counts counts, List<ProductGrowth> growth) {
        Map<String, CommuneCounts> communes = new TreeMap<>();
        counts.communes().forEach(c -> communes.put(c.communeCode(), c));
        return new AreaFacts(communes,
                counts.groups().stream().collect(Collectors.groupingBy(GroupCount::communeCode)),
                growth.stream().collect(Collectors.groupingBy(ProductGrowth::communeCode)));
    }

    /**
     * These facts with the communes in {@code changed} taken from {@code fresh}, which was computed for just those
     * communes of the area: a changed commune that {@code fresh} lacks lies outside the area and stays out.
     */
    AreaFacts replacing(Set<String> changed, AreaFacts fresh) {
        Map<String, CommuneCounts> communes = new TreeMap<>(this.communes);
        Map<String, List<GroupCount>> groups = new HashMap<>(this.groups);
        Map<String, List<ProductGrowth>> growth = new HashMap<>(this.growth);
        for (String commune : changed) {
            communes.remove(commune);
            groups.remove(commune);
            growth.remove(commune);
        }
        communes.putAll(fresh.communes);
        groups.putAll(fresh.groups);
        growth.putAll(fresh.growth);
        return new AreaFacts(communes, groups, growth);
    }

    /** The communes' counts, in commune code order. */
    List<CommuneCounts> communes() {
        return new ArrayList<>(communes.values());
    }

    /** The area's certified products by level-1 group, in the groups' order. */
    List<GroupTotal> groups() {
        return groupTotals;
    }

    /** The revenue growth of the whole area. */
    Growth growth() {
        return areaGrowth;
    }

    /** The revenue growth of one commune of the area. */
    Growth growth(String communeCode) {
        return communeGrowth.getOrDefault(communeCode, NO_GROWTH);
    }

    /**
     * The median of sorted values as PostgreSQL's {@code percentile_cont(0.5)} computes it (the indicators' figure
     * was that aggregate): the middle value, or the lower middle plus half the distance to the upper one.
     */
    static Double median(double[] sorted) {
        if (sorted.length == 0) {
            return null;
        }
        double position = 0.5 * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        double first = sorted[lower];
        return lower == upper ? first : first + (position - lower) * (sorted[upper] - first);
    }
}
