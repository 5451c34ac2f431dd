package vn.ocop.registry.criteria.service;

import vn.ocop.registry.criteria.CriteriaSetVersion;
import vn.ocop.registry.criteria.CriteriaSetVersion.Criterion;
import vn.ocop.registry.criteria.CriteriaSetVersion.Option;
import vn.ocop.registry.criteria.CriteriaSetVersion.Part;
import vn.ocop.registry.criteria.CriteriaSetVersion.Section;
import vn.ocop.platform.problem.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scoring of a product against a criteria set: the option picked per criterion, the points per part and in
 * total, and the mandatory criteria failed. Built with {@link #of}, which reports unknown or missing picks as errors.
 *
 * @param failed criterion code → the star level it is mandatory for, for each mandatory criterion failed
 */
public record ScoreSheet(int partA, int partB, int partC, Map<String, Integer> failed, List<FieldError> errors) {

    public int total() {
        return partA + partB + partC;
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /**
     * Scores {@code selections} (criterion code → option code) on {@code set}; with {@code complete}, every criterion
     * must be picked. Errors are reported on {@code field}.{criterion code}.
     */
    public static ScoreSheet of(CriteriaSetVersion set, Map<String, String> selections, boolean complete, String field) {
        Map<String, Integer> points = new LinkedHashMap<>();
        Map<String, Integer> failed = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        Map<String, Criterion> known = new LinkedHashMap<>();
        for (Part part : set.parts()) {
            int sum = 0;
            for (Section section : part.sections()) {
                for (Criterion criterion : section.criteria()) {
                    known.put(criterion.code(), criterion);
                    String picked = selections.get(criterion.code());
                    if (picked == null) {
                        if (complete) {
                            errors.add(new FieldError(field + "." + criterion.code(), "must be scored (one of "
                                    + criterion.options().stream().map(Option::code).toList() + ")"));
                        }
                        continue;
                    }
                    Option option = criterion.options().stream().filter(o -> o.code().equals(picked))
                            .findFirst().orElse(null);
                    if (option == null) {
                        errors.add(new FieldError(field + "." + criterion.code(), "option " + picked
                                + " does not exist; one of " + criterion.options().stream()
                                .map(Option::code).toList()));
                        continue;
                    }
                    sum += option.points();
                    if (option.fails()) {
                        failed.put(criterion.code(), criterion.mandatoryForStars());
                    }
                }
            }
            points.put(part.code(), sum);
        }
        selections.keySet().stream().filter(code -> !known.containsKey(code)).sorted().forEach(code ->
                errors.add(new FieldError(field + "." + code, "is not a criterion of " + set.groupCode()
                        + " version " + set.version())));
        return new ScoreSheet(points.getOrDefault("A", 0), points.getOrDefault("B", 0), points.getOrDefault("C", 0),
                failed, errors);
    }
}
