package vn.ocop.registry.criteria.rest;

import java.time.OffsetDateTime;

/** A published version of a group's criteria set without its structure, as listed. */
public record CriteriaSetSummary(String groupCode, int version, boolean current, String title, int maxPoints,
                                 String checksum, OffsetDateTime publishedAt, String publishedBy) {
}
