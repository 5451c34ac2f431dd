package vn.ocop.registry.audit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.audit.AuditEntry;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An audit entry as read: the record before and after the change as JSON objects (null when not applicable). */
@Schema(name = "AuditEntry")
public record AuditEntryView(long id, String entityType, UUID entityId, String action, String actor,
                             String provinceCode, OffsetDateTime at, JsonNode before, JsonNode after) {

    public static AuditEntryView of(AuditEntry e, ObjectMapper mapper) {
        return new AuditEntryView(e.id, e.entityType, e.entityId, e.action, e.actor, e.provinceCode, e.at,
                tree(mapper, e.before), tree(mapper, e.after));
    }

    private static JsonNode tree(ObjectMapper mapper, String json) {
        try {
            return json == null ? null : mapper.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable audit snapshot", e);
        }
    }
}
