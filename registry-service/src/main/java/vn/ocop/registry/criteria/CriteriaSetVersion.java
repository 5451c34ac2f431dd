package vn.ocop.registry.criteria;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One published version of a group's criteria set with its full structure (parts, sections, criteria, options), as
 * the features scoring against it read it; {@code current} marks the latest version of the group.
 */
public record CriteriaSetVersion(String groupCode, int version, boolean current, String title, int maxPoints,
                                 String checksum, OffsetDateTime publishedAt, String publishedBy, List<Part> parts) {

    /**
     * Part A, B or C with its statutory maximum and its sections. The four structure records are also the canonical
     * JSON stored with a version (its checksum is taken over it): their components and their order are that format.
     */
    public record Part(String code, String title, Integer maxPoints, List<Section> sections) {

        /** Sum of the criteria maxima of all sections (equals {@link #maxPoints()} in a valid set). */
        public int criteriaMaxPoints() {
            return sections.stream().mapToInt(Section::criteriaMaxPoints).sum();
        }
    }

    /** A section of a part grouping criteria. */
    public record Section(String code, String title, List<Criterion> criteria) {

        /** Sum of the criteria maxima. */
        public int criteriaMaxPoints() {
            return criteria.stream().mapToInt(Criterion::bestPoints).sum();
        }
    }

    /**
     * A criterion: a member picks exactly one of its options; its maximum is the best option. With
     * {@code mandatoryForStars} N, a product whose picked option fails it cannot get N stars or more.
     */
    public record Criterion(String code, String title, Integer mandatoryForStars, List<Option> options) {

        /** The points of the best option. */
        public int bestPoints() {
            return options.stream().mapToInt(Option::points).max().orElse(0);
        }
    }

    /** One answer a council member may pick for a criterion, with its points; null {@code failsMandatory} is false. */
    public record Option(String code, String label, Integer points, Boolean failsMandatory) {

        /** Whether picking this option fails a mandatory criterion. */
        public boolean fails() {
            return Boolean.TRUE.equals(failsMandatory);
        }
    }
}
