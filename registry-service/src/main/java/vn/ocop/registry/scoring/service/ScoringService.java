package vn.ocop.registry.scoring.service;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import vn.ocop.registry.adminunit.repository.ProvinceRepository;
import vn.ocop.registry.audit.service.AuditTrail;
import vn.ocop.registry.certificate.Certificate;
import vn.ocop.registry.certificate.service.CertificateService;
import vn.ocop.registry.council.Council;
import vn.ocop.registry.council.CouncilLevel;
import vn.ocop.registry.council.CouncilMember;
import vn.ocop.registry.council.service.CouncilService;
import vn.ocop.registry.criteria.CriteriaSetVersion;
import vn.ocop.registry.criteria.service.CriteriaSetService;
import vn.ocop.registry.criteria.service.ScoreSheet;
import vn.ocop.registry.dossier.Dossier;
import vn.ocop.registry.dossier.DossierState;
import vn.ocop.registry.dossier.service.DossierAccess;
import vn.ocop.registry.dossier.service.DossierService;
import vn.ocop.registry.platform.config.RegistryConfig;
import vn.ocop.registry.platform.json.JsonText;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;
import vn.ocop.registry.scoring.MemberScore;
import vn.ocop.registry.scoring.RoundSeat;
import vn.ocop.registry.scoring.ScoringRoundOpened;
import vn.ocop.registry.scoring.RoundState;
import vn.ocop.registry.scoring.ScoringRound;
import vn.ocop.registry.scoring.repository.MemberScoreRepository;
import vn.ocop.registry.scoring.repository.ScoringRoundRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Owns council scoring: opening a round only with a quorum (≥ 75% of the members able to score, chair included; a
 * member with a declared conflict recuses), each seated member's scores on the dossier's pinned criteria set, and the
 * outcome once all have scored: the round is rejected when two totals differ by more than 10 points; otherwise the
 * mean decides the band, a mandatory criterion failed by a majority of members caps the stars below its level, and the
 * dossier is ranked (with a certificate from 3★) or — at provincial level with a 5★ result — sent to the ministry.
 */
@ApplicationScoped
public class ScoringService {

    /** The authority that recognises 5★ products after the 2025 reorganisation of ministries. */
    public static final String MINISTRY_AUTHORITY = "Bộ Nông nghiệp và Môi trường";

    private static final Set<String> PROVINCIAL_OPENERS = Set.of(Roles.COUNCIL_SECRETARY, Roles.PROVINCE_ADMIN,
            Roles.ADMIN);
    private static final Set<String> NATIONAL_OPENERS = Set.of(Roles.COUNCIL_SECRETARY, Roles.MINISTRY, Roles.ADMIN);
    private static final TypeReference<Map<String, String>> SELECTIONS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Integer>> FAILED = new TypeReference<>() {
    };

    private final ScoringRoundRepository rounds;
    private final MemberScoreRepository scores;
    private final DossierService dossiers;
    private final DossierAccess access;
    private final CouncilService councils;
    private final CriteriaSetService criteria;
    private final CertificateService certificates;
    private final ProvinceRepository provinces;
    private final AuditTrail audit;
    private final CallerProvider caller;
    private final JsonText json;
    private final RegistryConfig config;
    private final Clock clock;
    private final Event<ScoringRoundOpened> opened;

    public ScoringService(ScoringRoundRepository rounds, MemberScoreRepository scores, DossierService dossiers,
                          DossierAccess access, CouncilService councils, CriteriaSetService criteria,
                          CertificateService certificates, ProvinceRepository provinces, AuditTrail audit,
                          CallerProvider caller, JsonText json, RegistryConfig config, Clock clock,
                          Event<ScoringRoundOpened> opened) {
        this.opened = opened;
        this.rounds = rounds;
        this.scores = scores;
        this.dossiers = dossiers;
        this.access = access;
        this.councils = councils;
        this.criteria = criteria;
        this.certificates = certificates;
        this.provinces = provinces;
        this.audit = audit;
        this.caller = caller;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    /** Opens a round of the right council on a dossier under council or ministry review, if a quorum sits. */
    @Transactional
    public RoundDetails open(UUID dossierId, UUID councilId, List<UUID> presentMemberIds) {
        Dossier dossier = dossiers.visible(dossierId);
        CouncilLevel level = switch (dossier.state) {
            case COUNCIL_REVIEW -> CouncilLevel.PROVINCIAL;
            case MINISTRY_REVIEW -> CouncilLevel.NATIONAL;
            default -> throw DomainException.conflict("not-under-review", "A dossier in " + dossier.state
                    + " is not scored; rounds are held in COUNCIL_REVIEW and MINISTRY_REVIEW");
        };
        if (!access.hasAny(level == CouncilLevel.PROVINCIAL ? PROVINCIAL_OPENERS : NATIONAL_OPENERS)) {
            throw DomainException.refused("the caller's role may not open a " + level + " scoring round");
        }
        Council council;
        try {
            council = councils.visible(councilId);
        } catch (DomainException e) {
            throw DomainException.invalid("councilId", "is not a council visible to the caller");
        }
        if (council.level != level || level == CouncilLevel.PROVINCIAL
                && !council.provinceCode.equals(dossier.provinceCode)) {
            throw DomainException.invalid("councilId", level == CouncilLevel.PROVINCIAL
                    ? "must be a provincial council of province " + dossier.provinceCode
                    : "must be the national council (the dossier is under ministry review)");
        }
        if (rounds.hasOpen(dossier.id)) {
            throw DomainException.conflict("round-open", "The dossier already has an open scoring round");
        }
        Set<UUID> present = new HashSet<>(presentMemberIds);
        for (UUID id : present) {
            if (council.member(id).isEmpty()) {
                throw DomainException.invalid("presentMemberIds", id + " is not a member of council " + council.id);
            }
        }
        ScoringRound round = new ScoringRound();
        round.id = UUID.randomUUID();
        round.dossierId = dossier.id;
        round.councilId = council.id;
        round.level = level;
        round.roundNo = rounds.lastRoundNo(dossier.id, level) + 1;
        round.state = RoundState.OPEN;
        round.openedBy = caller.current().actor();
        round.openedAt = OffsetDateTime.now(clock);
        round.createdAt = round.openedAt;
        round.updatedAt = round.openedAt;
        for (CouncilMember member : council.members) {
            RoundSeat seat = new RoundSeat();
            seat.id = UUID.randomUUID();
            seat.memberId = member.id;
            seat.present = present.contains(member.id);
            seat.recused = councils.conflicted(member.id, dossier.producerId);
            seat.recusalReason = seat.recused ? "declared relation to the producer" : null;
            round.seats.add(seat);
        }
        checkQuorum(council, round);
        rounds.persist(round);
        rounds.flush();
        RoundDetails view = view(round);
        audit.record(AuditTrail.SCORING_ROUND, round.id, "opened", dossier.provinceCode, null, view);
        opened.fire(new ScoringRoundOpened(round.id, dossier.id, dossier.product.id, round.roundNo));
        return view;
    }

    /** Records the calling member's scores; the last seated member's scores close the round. */
    @Transactional
    public RoundDetails score(UUID roundId, Map<String, String> selections) {
        ScoringRound round = visibleRound(roundId);
        rounds.lockForUpdate(round);
        if (round.state != RoundState.OPEN) {
            throw DomainException.conflict("round-closed", "The round is " + round.state);
        }
        if (!caller.current().has(Roles.COUNCIL_MEMBER)) {
            throw DomainException.refused("only council members score");
        }
        Council council = councils.visible(round.councilId);
        CouncilMember member = council.memberWithSubject(caller.current().actor())
                .orElseThrow(() -> DomainException.refused("the caller is not a member of this council"));
        RoundSeat seat = round.seats.stream().filter(s -> s.memberId.equals(member.id)).findFirst().orElseThrow();
        if (seat.recused) {
            throw DomainException.forbidden("recused", "The member recused from this dossier ("
                    + seat.recusalReason + ") and cannot score it");
        }
        if (!seat.present) {
            throw DomainException.forbidden("absent", "The member was not recorded as present in this round");
        }
        Map<UUID, MemberScore> existing = byMember(scores.ofRound(round.id));
        if (existing.containsKey(member.id)) {
            throw DomainException.conflict("already-scored", "The member already scored this round");
        }
        Dossier dossier = dossiers.visible(round.dossierId);
        CriteriaSetVersion set = criteria.version(dossier.criteriaGroup, dossier.criteriaVersion);
        ScoreSheet sheet = ScoreSheet.of(set, selections, true, "selections");
        if (!sheet.valid()) {
            throw DomainException.ruleViolation("validation", "The scores do not fit " + set.groupCode()
                    + " criteria set version " + set.version(), sheet.errors().toArray(FieldError[]::new));
        }
        MemberScore score = new MemberScore();
        score.id = UUID.randomUUID();
        score.roundId = round.id;
        score.memberId = member.id;
        score.selections = json.write(new TreeMap<>(selections));
        score.partA = sheet.partA();
        score.partB = sheet.partB();
        score.partC = sheet.partC();
        score.total = sheet.total();
        score.failedMandatory = json.write(sheet.failed());
        score.scoredAt = OffsetDateTime.now(clock);
        scores.persist(score);
        existing.put(member.id, score);
        audit.record(AuditTrail.SCORING_ROUND, round.id, "scored", dossier.provinceCode, null,
                Map.of("memberId", member.id, "total", score.total, "selections", selections));
        long seated = round.seats.stream().filter(RoundSeat::scores).count();
        if (existing.size() == seated) {
            close(round, dossier, List.copyOf(existing.values()));
        }
        round.updatedAt = OffsetDateTime.now(clock);
        rounds.flush();
        return view(round);
    }

    @Transactional
    public RoundDetails get(UUID roundId) {
        return view(visibleRound(roundId));
    }

    @Transactional
    public List<RoundDetails> ofDossier(UUID dossierId) {
        return rounds.ofDossier(dossiers.visible(dossierId).id).stream().map(this::view).toList();
    }

    private void close(ScoringRound round, Dossier dossier, List<MemberScore> all) {
        round.closedAt = OffsetDateTime.now(clock);
        int min = all.stream().mapToInt(s -> s.total).min().orElseThrow();
        int max = all.stream().mapToInt(s -> s.total).max().orElseThrow();
        BigDecimal sum = BigDecimal.valueOf(all.stream().mapToInt(s -> s.total).sum());
        BigDecimal exactMean = sum.divide(BigDecimal.valueOf(all.size()), 10, RoundingMode.HALF_EVEN);
        round.meanScore = exactMean.setScale(2, RoundingMode.HALF_UP);
        if (max - min > config.scoring().maxSpread()) {
            round.state = RoundState.REJECTED;
            round.outcome = "rejected: totals " + min + " and " + max + " differ by " + (max - min) + " points (more "
                    + "than " + config.scoring().maxSpread() + "); the council must score again in a new round";
            audit.record(AuditTrail.SCORING_ROUND, round.id, "rejected", dossier.provinceCode, null, round.outcome);
            return;
        }
        StarBands bands = new StarBands(config.scoring().starThresholds());
        int band = bands.starsFor(exactMean);
        Map<String, Integer> failedBy = new TreeMap<>();
        Map<String, Integer> levels = new TreeMap<>();
        for (MemberScore s : all) {
            json.read(s.failedMandatory, FAILED).forEach((code, stars) -> {
                failedBy.merge(code, 1, Integer::sum);
                levels.put(code, stars);
            });
        }
        Set<String> capping = new TreeSet<>();
        int stars = band;
        for (var e : failedBy.entrySet()) {
            int level = levels.get(e.getKey());
            if (e.getValue() * 2 > all.size() && stars >= level) {
                capping.add(e.getKey());
                stars = Math.min(stars, level - 1);
            }
        }
        round.state = RoundState.ACCEPTED;
        round.bandStars = (short) band;
        round.stars = (short) stars;
        round.cappedBy = capping.isEmpty() ? null : String.join(",", capping);
        String result = "mean " + round.meanScore + " → band " + band + "★" + (capping.isEmpty() ? ""
                : ", capped to " + stars + "★ by failed mandatory criteria " + capping);
        if (round.level == CouncilLevel.PROVINCIAL && stars == 5) {
            round.outcome = "accepted: " + result + "; sent to the ministry for 5★";
            dossiers.decide(dossier, DossierState.MINISTRY_REVIEW, round.meanScore, stars, null, round.outcome);
        } else {
            String authority = round.level == CouncilLevel.NATIONAL ? MINISTRY_AUTHORITY
                    : "Ủy ban nhân dân " + provinces.findById(dossier.provinceCode).fullName;
            Certificate certificate = certificates.issueOnRanking(dossier.product, stars, authority, dossier.id,
                    LocalDate.now(clock));
            round.outcome = "accepted: " + result + "; ranked " + stars + "★" + (certificate != null
                    ? ", certificate " + certificate.number : stars >= StarBands.CERTIFIED_FROM ? "" : " (not certified)");
            dossiers.decide(dossier, DossierState.RANKED, round.meanScore, stars,
                    certificate == null ? null : certificate.id, round.outcome);
        }
        audit.record(AuditTrail.SCORING_ROUND, round.id, "accepted", dossier.provinceCode, null, round.outcome);
    }

    private void checkQuorum(Council council, ScoringRound round) {
        int members = council.members.size();
        int required = (int) Math.ceil(config.scoring().quorum() * members - 1e-9);
        long scoring = round.seats.stream().filter(RoundSeat::scores).count();
        CouncilMember chair = council.members.stream().filter(m -> m.chair).findFirst().orElseThrow();
        RoundSeat chairSeat = round.seats.stream().filter(s -> s.memberId.equals(chair.id)).findFirst().orElseThrow();
        long recused = round.seats.stream().filter(s -> s.present && s.recused).count();
        if (scoring < required || !chairSeat.scores()) {
            String why = (scoring < required ? scoring + " of " + members + " members can score (" + recused
                    + " recused); at least " + required + " are needed" : "")
                    + (scoring < required && !chairSeat.scores() ? " and " : "")
                    + (chairSeat.scores() ? "" : "the chair " + chair.fullName
                    + (chairSeat.recused ? " recused" : " is absent"));
            throw DomainException.ruleViolation("quorum-not-met", "No quorum: " + why,
                    new FieldError("presentMemberIds", "at least " + required + " of " + members
                            + " members including the chair must be present and not recused"));
        }
    }

    private ScoringRound visibleRound(UUID roundId) {
        ScoringRound round = rounds.findByIdOptional(roundId)
                .orElseThrow(() -> DomainException.notFound("Scoring round", roundId));
        try {
            dossiers.visible(round.dossierId);
        } catch (DomainException e) {
            throw DomainException.notFound("Scoring round", roundId);
        }
        return round;
    }

    private RoundDetails view(ScoringRound round) {
        Council council = councils.byId(round.councilId);
        Map<UUID, MemberScore> byMember = byMember(scores.ofRound(round.id));
        boolean closed = round.state != RoundState.OPEN;
        // individual scores and the members' names are for council staff and the authorities above them; the
        // producer and its commune see the result and the per-criterion means
        Caller who = caller.current();
        boolean staff = who.isNational() || who.has(Roles.PROVINCE_ADMIN) || who.has(Roles.COUNCIL_MEMBER)
                || who.has(Roles.COUNCIL_SECRETARY);
        List<RoundDetails.Seat> seats = council.members.stream().map(m -> {
            RoundSeat seat = round.seats.stream().filter(s -> s.memberId.equals(m.id)).findFirst().orElse(null);
            MemberScore s = byMember.get(m.id);
            boolean show = staff && closed && s != null;
            return new RoundDetails.Seat(m.id, staff ? m.fullName : null, m.chair, seat != null && seat.present,
                    seat != null && seat.recused, seat == null || !staff ? null : seat.recusalReason, s != null,
                    show ? s.total : null,
                    show ? new LinkedHashMap<>(Map.of("A", s.partA, "B", s.partB, "C", s.partC)) : null,
                    show ? List.copyOf(json.read(s.failedMandatory, FAILED).keySet()) : null);
        }).toList();
        return new RoundDetails(round.id, round.dossierId, round.councilId, round.level, round.roundNo, round.state,
                seats, round.meanScore, round.bandStars == null ? null : round.bandStars.intValue(),
                round.stars == null ? null : round.stars.intValue(),
                round.cappedBy == null ? List.of() : Arrays.asList(round.cappedBy.split(",")), round.outcome,
                staff ? round.openedBy : null, round.openedAt, round.closedAt,
                closed && !byMember.isEmpty() ? criterionMeans(round, byMember.values()) : null);
    }

    /** Criterion code → the mean of the members' points on it, 2 decimals. */
    private Map<String, BigDecimal> criterionMeans(ScoringRound round, java.util.Collection<MemberScore> all) {
        Dossier dossier = dossiers.visible(round.dossierId);
        CriteriaSetVersion set = criteria.version(dossier.criteriaGroup, dossier.criteriaVersion);
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        List<Map<String, String>> picks = all.stream().map(s -> json.read(s.selections, SELECTIONS)).toList();
        set.parts().forEach(part -> part.sections().forEach(section -> section.criteria().forEach(criterion -> {
            int sum = 0;
            for (Map<String, String> p : picks) {
                String option = p.get(criterion.code());
                sum += criterion.options().stream().filter(o -> o.code().equals(option)).mapToInt(o -> o.points())
                        .findFirst().orElse(0);
            }
            means.put(criterion.code(), BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(picks.size()), 2,
                    RoundingMode.HALF_UP));
        })));
        return means;
    }

    private static Map<UUID, MemberScore> byMember(List<MemberScore> list) {
        return list.stream().collect(Collectors.toMap(s -> s.memberId, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }
}
