package vn.ocop.registry.criteria.rest;

import vn.ocop.registry.criteria.service.PublishedVersion;

import java.time.OffsetDateTime;

/** A published version of a group's criteria set without its structure, as listed. */
public record CriteriaSetSummary(String groupCode, int version, boolean current, String title, int maxPoints,
                                 String checksum, OffsetDateTime publishedAt, String publishedBy) {

    public static CriteriaSetSummary of(PublishedVersion v) {
        return new CriteriaSetSummary(v.groupCode(), v.version(), v.current(), v.title(), v.maxPoints(), v.checksum(),
                v.publishedAt(), v.publishedBy());
    }
}
