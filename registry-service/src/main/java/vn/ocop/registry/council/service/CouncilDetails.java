package vn.ocop.registry.council.service;

import vn.ocop.registry.council.Council;
import vn.ocop.registry.council.CouncilConflict;
import vn.ocop.registry.council.CouncilLevel;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A council as read, with its members and their declared conflicts; also its state in the audit trail. */
public record CouncilDetails(UUID id, CouncilLevel level, String provinceCode, String name, List<Member> members,
                             List<Conflict> conflicts, long version, OffsetDateTime createdAt) {

    /** A seat on the council: the token subject and name of the person, and whether they chair it. */
    public record Member(UUID id, String subject, String fullName, boolean chair) {
    }

    /** A member's declared relation to a producer. */
    public record Conflict(UUID memberId, UUID producerId, String reason, String declaredBy,
                           OffsetDateTime declaredAt) {

        static Conflict of(CouncilConflict c) {
            return new Conflict(c.memberId, c.producerId, c.reason, c.declaredBy, c.declaredAt);
        }
    }

    static CouncilDetails of(Council c, List<CouncilConflict> conflicts) {
        return new CouncilDetails(c.id, c.level, c.provinceCode, c.name,
                c.members.stream().map(m -> new Member(m.id, m.subject, m.fullName, m.chair)).toList(),
                conflicts.stream().map(Conflict::of).toList(), c.version, c.createdAt);
    }
}
