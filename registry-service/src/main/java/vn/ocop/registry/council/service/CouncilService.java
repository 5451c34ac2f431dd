package vn.ocop.registry.council.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.registry.adminunit.repository.ProvinceRepository;
import vn.ocop.registry.audit.service.AuditTrail;
import vn.ocop.registry.council.Council;
import vn.ocop.registry.council.CouncilConflict;
import vn.ocop.registry.council.CouncilLevel;
import vn.ocop.registry.council.CouncilMember;
import vn.ocop.registry.council.repository.CouncilConflictRepository;
import vn.ocop.registry.council.repository.CouncilRepository;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;
import vn.ocop.registry.platform.text.TextSearch;
import vn.ocop.registry.producer.service.ProducerService;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Owns evaluation councils: a province admin sets up its province's council, the ministry the national one; members
 * (or the secretariat) declare conflicts of interest with producers. Councils are visible to the national roles, to
 * province admins and council staff of their province, and national council staff see the national councils.
 */
@ApplicationScoped
public class CouncilService {

    private final CouncilRepository councils;
    private final CouncilConflictRepository conflicts;
    private final ProvinceRepository provinces;
    private final ProducerService producers;
    private final AuditTrail audit;
    private final CallerProvider caller;
    private final Clock clock;

    public CouncilService(CouncilRepository councils, CouncilConflictRepository conflicts,
                          ProvinceRepository provinces, ProducerService producers, AuditTrail audit,
                          CallerProvider caller, Clock clock) {
        this.councils = councils;
        this.conflicts = conflicts;
        this.provinces = provinces;
        this.producers = producers;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public CouncilDetails create(SetUpCouncil command) {
        List<FieldError> errors = new ArrayList<>();
        if (command.level() == CouncilLevel.PROVINCIAL) {
            if (command.provinceCode() == null) {
                errors.add(new FieldError("provinceCode", "is required for a provincial council"));
            } else if (provinces.findByIdOptional(command.provinceCode()).isEmpty()) {
                errors.add(new FieldError("provinceCode", "is not a province code"));
            }
        } else if (command.provinceCode() != null) {
            errors.add(new FieldError("provinceCode", "must be absent for the national council"));
        }
        if (command.members().stream().filter(SetUpCouncil.Member::chair).count() != 1) {
            errors.add(new FieldError("members", "exactly one member must be the chair"));
        }
        Set<String> subjects = new HashSet<>();
        for (int i = 0; i < command.members().size(); i++) {
            if (!subjects.add(command.members().get(i).subject().trim())) {
                errors.add(new FieldError("members[" + i + "].subject", "is already a member of this council"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.ruleViolation("validation", "The request is not valid",
                    errors.toArray(FieldError[]::new));
        }
        Caller who = caller.current();
        boolean allowed = command.level() == CouncilLevel.NATIONAL ? who.isNational()
                : who.has(Roles.ADMIN) || who.has(Roles.PROVINCE_ADMIN)
                && Optional.ofNullable(who.provinceCode()).filter(command.provinceCode()::equals).isPresent();
        if (!allowed) {
            throw DomainException.refused("a province admin sets up its own province's council, the ministry the "
                    + "national one");
        }
        Council council = new Council();
        council.id = UUID.randomUUID();
        council.level = command.level();
        council.provinceCode = command.provinceCode();
        council.name = TextSearch.clean(command.name());
        council.createdAt = OffsetDateTime.now(clock);
        council.updatedAt = council.createdAt;
        for (SetUpCouncil.Member m : command.members()) {
            CouncilMember member = new CouncilMember();
            member.id = UUID.randomUUID();
            member.council = council;
            member.subject = m.subject().trim();
            member.fullName = TextSearch.clean(m.fullName());
            member.chair = m.chair();
            council.members.add(member);
        }
        councils.persist(council);
        councils.flush();
        CouncilDetails view = CouncilDetails.of(council, List.of());
        audit.record(AuditTrail.COUNCIL, council.id, "set-up", council.provinceCode, null, view);
        return view;
    }

    /** The council if the caller may see it; 404 otherwise. */
    @Transactional
    public Council visible(UUID id) {
        return councils.findByIdOptional(id).filter(this::canSee)
                .orElseThrow(() -> DomainException.notFound("Council", id));
    }

    /** Any council, without a scope check (for views of rounds the caller may already see). */
    @Transactional
    public Council byId(UUID id) {
        return councils.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Council", id));
    }

    @Transactional
    public CouncilDetails view(UUID id) {
        Council council = visible(id);
        return CouncilDetails.of(council, conflictsOf(council));
    }

    @Transactional
    public List<CouncilDetails> list() {
        List<Council> visible = caller.current().isNational() ? councils.all()
                : councils.of(councilProvince().orElse(null));
        return visible.stream().filter(this::canSee).map(c -> CouncilDetails.of(c, conflictsOf(c))).toList();
    }

    /** Records a member's conflict with a producer: by the member, the council secretary, the province admin. */
    @Transactional
    public CouncilDetails declareConflict(UUID councilId, DeclareConflict command) {
        Council council = visible(councilId);
        CouncilMember member = council.member(command.memberId())
                .orElseThrow(() -> DomainException.invalid("memberId", "is not a member of this council"));
        try {
            producers.get(command.producerId());
        } catch (DomainException e) {
            throw DomainException.invalid("producerId", "is not a registered producer");
        }
        boolean self = caller.current().has(Roles.COUNCIL_MEMBER) && member.subject.equals(caller.current().actor());
        if (!self && !caller.current().has(Roles.ADMIN) && !caller.current().has(Roles.PROVINCE_ADMIN)
                && !caller.current().has(Roles.COUNCIL_SECRETARY) && !caller.current().has(Roles.MINISTRY)) {
            throw DomainException.refused("a member declares its own conflicts; the secretariat anyone's");
        }
        conflicts.of(member.id, command.producerId()).ifPresent(c -> {
            throw DomainException.conflict("already-declared", "The conflict was declared on " + c.declaredAt);
        });
        CouncilConflict conflict = new CouncilConflict();
        conflict.id = UUID.randomUUID();
        conflict.memberId = member.id;
        conflict.producerId = command.producerId();
        conflict.reason = TextSearch.clean(command.reason());
        conflict.declaredBy = caller.current().actor();
        conflict.declaredAt = OffsetDateTime.now(clock);
        conflicts.persist(conflict);
        conflicts.flush();
        CouncilDetails view = CouncilDetails.of(council, conflictsOf(council));
        audit.record(AuditTrail.COUNCIL, council.id, "conflict-declared", council.provinceCode, null,
                CouncilDetails.Conflict.of(conflict));
        return view;
    }

    /** Whether the member declared a relation to the producer. */
    public boolean conflicted(UUID memberId, UUID producerId) {
        return conflicts.of(memberId, producerId).isPresent();
    }

    private List<CouncilConflict> conflictsOf(Council council) {
        return conflicts.ofMembers(council.members.stream().map(m -> m.id).toList());
    }

    private boolean canSee(Council council) {
        if (caller.current().isNational()) {
            return true;
        }
        if (!caller.current().has(Roles.PROVINCE_ADMIN) && !caller.current().has(Roles.COUNCIL_MEMBER)
                && !caller.current().has(Roles.COUNCIL_SECRETARY)) {
            throw DomainException.refused("councils are read by their province's staff and the national roles");
        }
        String province = Optional.ofNullable(caller.current().provinceCode())
                .orElseThrow(() -> DomainException.refused("the token has no province_code claim"));
        return Caller.NATIONAL.equals(province) ? council.level == CouncilLevel.NATIONAL
                : province.equals(council.provinceCode);
    }

    /** The caller's province; empty for national council staff ({@code province_code} = national). */
    private Optional<String> councilProvince() {
        String province = Optional.ofNullable(caller.current().provinceCode())
                .orElseThrow(() -> DomainException.refused("the token has no province_code claim"));
        return Caller.NATIONAL.equals(province) ? Optional.empty() : Optional.of(province);
    }
}
