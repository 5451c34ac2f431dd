package vn.ocop.registry.council.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.council.CouncilLevel;
import vn.ocop.registry.council.service.CouncilDetails;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A council with its members and declared conflicts. */
@Schema(name = "Council")
public record CouncilView(UUID id, CouncilLevel level, String provinceCode, String name, List<Member> members,
                          List<Conflict> conflicts, long version, OffsetDateTime createdAt) {

    @Schema(name = "CouncilMember")
    public record Member(UUID id, String subject, String fullName, boolean chair) {
    }

    @Schema(name = "CouncilConflict")
    public record Conflict(UUID memberId, UUID producerId, String reason, String declaredBy,
                           OffsetDateTime declaredAt) {
    }

    public static CouncilView of(CouncilDetails c) {
        return new CouncilView(c.id(), c.level(), c.provinceCode(), c.name(),
                c.members().stream().map(m -> new Member(m.id(), m.subject(), m.fullName(), m.chair())).toList(),
                c.conflicts().stream().map(x -> new Conflict(x.memberId(), x.producerId(), x.reason(),
                        x.declaredBy(), x.declaredAt())).toList(), c.version(), c.createdAt());
    }
}
