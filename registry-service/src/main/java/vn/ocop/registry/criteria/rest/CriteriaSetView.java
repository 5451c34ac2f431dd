package vn.ocop.registry.criteria.rest;

import vn.ocop.registry.criteria.CriteriaSetVersion;

import java.time.OffsetDateTime;
import java.util.List;

/** One published version of a group's criteria set with its full structure; {@code current} marks the latest. */
public record CriteriaSetView(String groupCode, int version, boolean current, String title, int maxPoints,
                              String checksum, OffsetDateTime publishedAt, String publishedBy,
                              List<CriteriaPart> parts) {

    public static CriteriaSetView of(CriteriaSetVersion v) {
        return new CriteriaSetView(v.groupCode(), v.version(), v.current(), v.title(), v.maxPoints(), v.checksum(),
                v.publishedAt(), v.publishedBy(), v.parts().stream().map(CriteriaPart::of).toList());
    }

    /** The part with this code (A, B or C). */
    public CriteriaPart part(String code) {
        return parts.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part " + code));
    }
}
