package vn.ocop.registry.dossier.service;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import vn.ocop.contract.DossierData;
import vn.ocop.contract.EventTypes;
import vn.ocop.registry.audit.service.AuditTrail;
import vn.ocop.registry.certificate.CertificateStatus;
import vn.ocop.registry.certificate.service.CertificateService;
import vn.ocop.registry.criteria.CriteriaSetVersion;
import vn.ocop.registry.criteria.service.CriteriaSetService;
import vn.ocop.registry.criteria.service.ScoreSheet;
import vn.ocop.registry.dossier.AttachmentKind;
import vn.ocop.registry.dossier.Dossier;
import vn.ocop.registry.dossier.DossierKind;
import vn.ocop.registry.dossier.DossierReturned;
import vn.ocop.registry.dossier.DossierState;
import vn.ocop.registry.dossier.DossierTransition;
import vn.ocop.registry.dossier.repository.DossierAttachmentRepository;
import vn.ocop.registry.dossier.repository.DossierRepository;
import vn.ocop.registry.dossier.repository.DossierTransitionRepository;
import vn.ocop.registry.outbox.RegistryFact;
import vn.ocop.registry.platform.json.JsonText;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;
import vn.ocop.registry.platform.text.TextSearch;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.product.service.ProductService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Owns dossiers and their workflow: opening one for a product, the self-assessment, the state changes each role may
 * make (with who, when and why), optimistic locking on every change, and the dossier events. Ranking itself comes
 * from council scoring ({@link #decide}).
 */
@ApplicationScoped
public class DossierService {

    private static final Set<String> APPLICANTS = Set.of(Roles.PRODUCER, Roles.COMMUNE_OFFICER, Roles.ADMIN);
    private static final Set<String> COMMUNE = Set.of(Roles.COMMUNE_OFFICER, Roles.ADMIN);
    private static final Set<String> PROVINCE = Set.of(Roles.COUNCIL_SECRETARY, Roles.PROVINCE_ADMIN, Roles.ADMIN);
    private static final Set<String> MINISTRY = Set.of(Roles.MINISTRY, Roles.ADMIN);
    private static final TypeReference<Map<String, String>> SELECTIONS = new TypeReference<>() {
    };

    /** A move a role may request through the API. */
    private record Move(DossierState from, DossierState to, Set<String> roles, boolean needsReason) {
    }

    private static final List<Move> MOVES = List.of(
            new Move(DossierState.DRAFT, DossierState.SUBMITTED, APPLICANTS, false),
            new Move(DossierState.SUBMITTED, DossierState.COMMUNE_REVIEW, COMMUNE, false),
            new Move(DossierState.COMMUNE_REVIEW, DossierState.COUNCIL_REVIEW, COMMUNE, false),
            new Move(DossierState.SUBMITTED, DossierState.DRAFT, COMMUNE, true),
            new Move(DossierState.COMMUNE_REVIEW, DossierState.DRAFT, COMMUNE, true),
            new Move(DossierState.COUNCIL_REVIEW, DossierState.DRAFT, PROVINCE, true),
            new Move(DossierState.COMMUNE_REVIEW, DossierState.REJECTED, COMMUNE, true),
            new Move(DossierState.COUNCIL_REVIEW, DossierState.REJECTED, PROVINCE, true),
            new Move(DossierState.MINISTRY_REVIEW, DossierState.REJECTED, MINISTRY, true));

    private final DossierRepository dossiers;
    private final DossierTransitionRepository transitions;
    private final DossierAttachmentRepository attachments;
    private final DossierAccess access;
    private final ProductService products;
    private final CertificateService certificates;
    private final CriteriaSetService criteria;
    private final AuditTrail audit;
    private final Event<RegistryFact> facts;
    private final CallerProvider caller;
    private final JsonText json;
    private final Clock clock;
    private final Event<DossierReturned> returned;

    public DossierService(DossierRepository dossiers, DossierTransitionRepository transitions,
                          DossierAttachmentRepository attachments, DossierAccess access, ProductService products,
                          CertificateService certificates, CriteriaSetService criteria, AuditTrail audit,
                          Event<RegistryFact> facts, CallerProvider caller, JsonText json, Clock clock,
                          Event<DossierReturned> returned) {
        this.returned = returned;
        this.dossiers = dossiers;
        this.transitions = transitions;
        this.attachments = attachments;
        this.access = access;
        this.products = products;
        this.certificates = certificates;
        this.criteria = criteria;
        this.audit = audit;
        this.facts = facts;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
    }

    /** Opens a draft dossier; a RENEWAL when the product holds a valid certificate. */
    @Transactional
    public DossierDetails open(UUID productId) {
        Product product;
        try {
            product = products.get(productId);
        } catch (DomainException e) {
            throw DomainException.invalid("productId", "is not a registered product");
        }
        var commune = product.producer.commune;
        caller.current().requireProducer(product.producer.id, commune.code, commune.province.code);
        dossiers.find("product.id = ?1 and state not in ?2", productId,
                List.of(DossierState.RANKED, DossierState.REJECTED)).firstResultOptional().ifPresent(open -> {
                    throw DomainException.conflict("dossier-in-progress", "The product already has dossier "
                            + open.id + " in state " + open.state, new FieldError("productId",
                            "has a dossier in progress"));
                });
        try {
            criteria.currentFor(product.group.code);
        } catch (DomainException e) {
            throw DomainException.conflict("no-criteria-set", "No criteria set is published for group "
                    + product.group.code + " yet; an admin publishes one first", new FieldError("productId",
                    "is in a group without a criteria set"));
        }
        boolean certified = certificates.currentOf(List.of(productId)).values().stream()
                .anyMatch(c -> c.statusOn(certificates.today()) == CertificateStatus.VALID);
        Dossier dossier = new Dossier();
        dossier.id = UUID.randomUUID();
        dossier.product = product;
        dossier.producerId = product.producer.id;
        dossier.communeCode = commune.code;
        dossier.provinceCode = commune.province.code;
        dossier.kind = certified ? DossierKind.RENEWAL : DossierKind.NEW;
        dossier.state = DossierState.DRAFT;
        dossier.criteriaGroup = product.group.code;
        dossier.createdBy = caller.current().actor();
        dossier.createdAt = OffsetDateTime.now(clock);
        dossier.updatedAt = dossier.createdAt;
        dossiers.persist(dossier);
        dossiers.flush();
        log(dossier, null, null);
        DossierDetails opened = view(dossier);
        audit.record(AuditTrail.DOSSIER, dossier.id, "opened", dossier.provinceCode, null, opened);
        return opened;
    }

    /** The dossier if the caller may see it; 404 otherwise. */
    @Transactional
    public Dossier visible(UUID id) {
        return dossiers.findByIdOptional(id).filter(access::canSee)
                .orElseThrow(() -> DomainException.notFound("Dossier", id));
    }

    /** The dossier as read, if the caller may see it; 404 otherwise. */
    @Transactional
    public DossierDetails get(UUID id) {
        return view(visible(id));
    }

    @Transactional
    public Page<DossierDetails> list(DossierState state, UUID productId, String province, String commune, int page,
                                  int size) {
        return Page.of(dossiers.search(access.visibility(), state, productId, province, commune), page, size)
                .map(this::view);
    }

    @Transactional
    public List<StateChange> history(UUID id) {
        return transitions.of(visible(id).id).stream().map(StateChange::of).toList();
    }

    /** Saves the self-assessment of a draft against its group's current criteria set (partial picks allowed). */
    @Transactional
    public DossierDetails selfAssess(UUID id, long version, Map<String, String> selections) {
        Dossier dossier = editableDraft(id, version);
        CriteriaSetVersion set = criteria.currentFor(dossier.criteriaGroup);
        ScoreSheet sheet = ScoreSheet.of(set, selections, false, "selections");
        if (!sheet.valid()) {
            throw DomainException.ruleViolation("validation", "The self-assessment does not fit " + set.groupCode()
                    + " criteria set version " + set.version(), sheet.errors().toArray(FieldError[]::new));
        }
        DossierDetails before = view(dossier);
        dossier.selfAssessment = json.write(new TreeMap<>(selections));
        dossier.selfScore = sheet.total();
        touch(dossier);
        DossierDetails after = view(dossier);
        audit.record(AuditTrail.DOSSIER, dossier.id, "self-assessed", dossier.provinceCode, before, after);
        return after;
    }

    /**
     * Applies a requested move: 404 when the caller cannot see the dossier, 409 when the move is not possible from the
     * current state or {@code version} is stale, 403 when the caller's role may not make it, 400 when a precondition
     * (reason, complete self-assessment, registration form, samples) is missing.
     */
    @Transactional
    public DossierDetails transition(UUID id, MoveDossier requested) {
        Dossier dossier = visible(id);
        DossierState from = dossier.state;
        Move move = MOVES.stream().filter(m -> m.from() == from && m.to() == requested.to()).findFirst()
                .orElseThrow(() -> DomainException.conflict("invalid-transition", "A dossier in " + from
                        + " cannot go to " + requested.to() + "; possible: " + MOVES.stream()
                        .filter(m -> m.from() == from).map(m -> m.to().name()).toList(),
                        new FieldError("to", "is not reachable from " + from)));
        if (!access.hasAny(move.roles())) {
            throw DomainException.refused("the caller's role may not move a dossier from " + from + " to "
                    + requested.to());
        }
        checkVersion(dossier, requested.version());
        String reason = requested.reason() == null ? null : TextSearch.clean(requested.reason());
        if (move.needsReason() && (reason == null || reason.isEmpty())) {
            throw DomainException.invalid("reason", "is required to " + (requested.to() == DossierState.DRAFT
                    ? "return a dossier for correction" : "reject a dossier"));
        }
        DossierDetails before = view(dossier);
        switch (requested.to()) {
            case SUBMITTED -> submit(dossier);
            case COUNCIL_REVIEW -> recordSamples(dossier, requested.samplesReceivedOn());
            case DRAFT -> {
                dossier.returnReason = reason;
                dossier.criteriaVersion = null;
            }
            case REJECTED -> {
                dossier.decisionReason = reason;
                dossier.decidedAt = OffsetDateTime.now(clock);
            }
            default -> {
            }
        }
        dossier.state = requested.to();
        touch(dossier);
        log(dossier, from, reason);
        audit.record(AuditTrail.DOSSIER, dossier.id, "moved-to-" + dossier.state.name().toLowerCase(),
                dossier.provinceCode, before, view(dossier));
        if (dossier.state == DossierState.SUBMITTED) {
            facts.fire(new RegistryFact(EventTypes.DOSSIER_SUBMITTED, dossier.product.id, data(dossier)));
        } else if (dossier.state == DossierState.REJECTED) {
            facts.fire(new RegistryFact(EventTypes.DOSSIER_DECIDED, dossier.product.id, data(dossier)));
        } else if (dossier.state == DossierState.DRAFT) {
            returned.fire(new DossierReturned(dossier.id, dossier.product.id, reason, dossier.version));
        }
        return view(dossier);
    }

    /**
     * Records the outcome of an accepted scoring round, in the round's transaction: on to the ministry, or ranked
     * with the given stars (and the certificate it was given, if any).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decide(Dossier dossier, DossierState to, BigDecimal score, int stars, UUID certificateId,
                       String reason) {
        DossierState from = dossier.state;
        DossierDetails before = view(dossier);
        dossier.state = to;
        if (to == DossierState.MINISTRY_REVIEW) {
            dossier.provincialScore = score;
        } else {
            dossier.finalScore = score;
            dossier.finalStars = (short) stars;
            dossier.certificateId = certificateId;
            dossier.decisionReason = reason;
            dossier.decidedAt = OffsetDateTime.now(clock);
        }
        touch(dossier);
        log(dossier, from, reason);
        audit.record(AuditTrail.DOSSIER, dossier.id, "moved-to-" + to.name().toLowerCase(), dossier.provinceCode,
                before, view(dossier));
        if (to == DossierState.RANKED) {
            facts.fire(new RegistryFact(EventTypes.DOSSIER_DECIDED, dossier.product.id, data(dossier)));
        }
    }

    /** A visible DRAFT at the given version that the caller may edit (applicant roles only). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Dossier editableDraft(UUID id, long version) {
        Dossier dossier = visible(id);
        if (!access.hasAny(APPLICANTS)) {
            throw DomainException.refused("only the producer, its commune officer or an admin edit a dossier");
        }
        if (dossier.state != DossierState.DRAFT) {
            throw DomainException.conflict("not-a-draft", "The dossier is " + dossier.state
                    + "; only a draft can be changed");
        }
        checkVersion(dossier, version);
        return dossier;
    }

    /**
     * Marks a change of the dossier and flushes: the version goes up, and a concurrent change of the same version
     * fails here with an optimistic-lock conflict (409) instead of at commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touch(Dossier dossier) {
        dossier.updatedAt = OffsetDateTime.now(clock);
        dossiers.flush();
    }

    /** The stored picks (criterion code → option code) of a self-assessment; empty when there are none. */
    private Map<String, String> selections(String stored) {
        return stored == null ? Map.of() : json.read(stored, SELECTIONS);
    }

    private DossierDetails view(Dossier d) {
        return new DossierDetails(d.id, d.product.id, d.product.name, d.producerId, d.product.producer.name,
                d.communeCode, d.provinceCode, d.kind, d.state, d.criteriaGroup, d.criteriaVersion,
                d.selfAssessment == null ? null : new LinkedHashMap<>(selections(d.selfAssessment)), d.selfScore,
                d.samplesReceivedOn, d.returnReason, d.provincialScore, d.finalScore,
                d.finalStars == null ? null : d.finalStars.intValue(), d.decisionReason, d.certificateId,
                d.submittedAt, d.decidedAt, d.createdBy, d.version, d.createdAt, d.updatedAt);
    }

    private void submit(Dossier dossier) {
        CriteriaSetVersion set = criteria.currentFor(dossier.criteriaGroup);
        ScoreSheet sheet = ScoreSheet.of(set, selections(dossier.selfAssessment), true, "selfAssessment");
        if (!sheet.valid()) {
            throw DomainException.ruleViolation("incomplete-dossier", "The self-assessment must pick an option for "
                    + "every criterion of " + set.groupCode() + " version " + set.version() + " before submitting",
                    sheet.errors().toArray(FieldError[]::new));
        }
        if (!attachments.hasKind(dossier.id, AttachmentKind.REGISTRATION_FORM)) {
            throw DomainException.ruleViolation("incomplete-dossier", "A registration form must be attached before "
                    + "submitting", new FieldError("attachments", "needs a REGISTRATION_FORM"));
        }
        dossier.criteriaVersion = set.version();
        dossier.selfScore = sheet.total();
        dossier.returnReason = null;
        dossier.submittedAt = OffsetDateTime.now(clock);
    }

    private void recordSamples(Dossier dossier, LocalDate receivedOn) {
        if (receivedOn != null) {
            if (receivedOn.isAfter(LocalDate.now(clock))) {
                throw DomainException.invalid("samplesReceivedOn", "must not be in the future");
            }
            dossier.samplesReceivedOn = receivedOn;
        }
        if (dossier.samplesReceivedOn == null) {
            throw DomainException.invalid("samplesReceivedOn", "the 5 product samples must be received before the "
                    + "council review");
        }
    }

    private void checkVersion(Dossier dossier, long version) {
        if (dossier.version != version) {
            throw DomainException.conflict("stale-version", "The dossier changed since it was read: version "
                    + dossier.version + ", not " + version, new FieldError("version", "is " + dossier.version
                    + " now; read the dossier again"));
        }
    }

    private void log(Dossier dossier, DossierState from, String reason) {
        DossierTransition t = new DossierTransition();
        t.dossierId = dossier.id;
        t.fromState = from;
        t.toState = dossier.state;
        t.actor = caller.current().actor();
        t.reason = reason;
        t.at = OffsetDateTime.now(clock);
        transitions.persist(t);
    }

    private DossierData data(Dossier d) {
        return new DossierData(d.id, d.product.id, d.producerId, d.provinceCode, d.kind.name(), d.state.name(),
                d.criteriaGroup, d.criteriaVersion, d.submittedAt, d.finalScore,
                d.finalStars == null ? null : d.finalStars.intValue(), d.certificateId, d.decisionReason,
                d.decidedAt);
    }
}
