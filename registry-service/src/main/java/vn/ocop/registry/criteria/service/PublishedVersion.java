package vn.ocop.registry.criteria.service;

import java.time.OffsetDateTime;

/** A published version of a group's criteria set without its structure, as listed; {@code current} marks the latest. */
public record PublishedVersion(String groupCode, int version, boolean current, String title, int maxPoints,
                               String checksum, OffsetDateTime publishedAt, String publishedBy) {
}
