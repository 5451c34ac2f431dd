package vn.ocop.registry.criteria.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.ocop.registry.criteria.CriteriaSet;
import vn.ocop.registry.criteria.CriteriaSetVersion;
import vn.ocop.registry.criteria.CriteriaSetVersion.Criterion;
import vn.ocop.registry.criteria.CriteriaSetVersion.Option;
import vn.ocop.registry.criteria.CriteriaSetVersion.Part;
import vn.ocop.registry.criteria.CriteriaSetVersion.Section;
import vn.ocop.registry.criteria.repository.CriteriaSetRepository;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.registry.platform.text.Digests;
import vn.ocop.registry.platform.text.TextSearch;
import vn.ocop.registry.productgroup.repository.ProductGroupRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Owns the versioned criteria sets: validates and publishes a new version per product group (never changing an old
 * one) and hands the current or a given version to the features that score against it.
 */
@ApplicationScoped
public class CriteriaSetService {

    /** The parts of Decision 148/QĐ-TTg and their maximum points, in order. */
    public static final Map<String, Integer> PART_MAX_POINTS = partMaxPoints();

    /** Canonical form: a plain mapper, independent of the application's JSON settings, so checksums stay stable. */
    static final ObjectMapper CANONICAL = JsonMapper.builder().build();
    private static final TypeReference<List<Part>> PARTS = new TypeReference<>() {
    };

    private final CriteriaSetRepository sets;
    private final ProductGroupRepository groups;
    private final Clock clock;

    public CriteriaSetService(CriteriaSetRepository sets, ProductGroupRepository groups, Clock clock) {
        this.sets = sets;
        this.groups = groups;
        this.clock = clock;
    }

    /** Validates the set and publishes it as the next version of its group; 409 when it equals the current one. */
    @Transactional
    public CriteriaSetVersion publish(PublishCriteriaSet command, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (groups.findByIdOptional(command.groupCode()).isEmpty()) {
            errors.add(new FieldError("groupCode", "is not a product group code"));
        }
        errors.addAll(structureErrors(command.parts()));
        if (!errors.isEmpty()) {
            throw DomainException.ruleViolation("validation", "The request is not valid",
                    errors.toArray(FieldError[]::new));
        }
        // Serialises publications per group so two admins cannot take the same version number.
        groups.findById(command.groupCode(), LockModeType.PESSIMISTIC_WRITE);
        String title = TextSearch.clean(command.title());
        List<Part> parts = canonical(command.parts());
        String json = write(parts);
        String checksum = Digests.sha256Hex(write(List.of(title, parts)));
        CriteriaSet current = sets.latest(command.groupCode()).orElse(null);
        if (current != null && current.checksum.equals(checksum)) {
            throw DomainException.conflict("unchanged", "The set is identical to the current version "
                    + current.version + " of " + current.groupCode);
        }
        CriteriaSet set = new CriteriaSet();
        set.id = UUID.randomUUID();
        set.groupCode = command.groupCode();
        set.version = current == null ? 1 : current.version + 1;
        set.title = title;
        set.maxPoints = parts.stream().mapToInt(Part::maxPoints).sum();
        set.parts = json;
        set.checksum = checksum;
        set.publishedAt = OffsetDateTime.now(clock);
        set.publishedBy = actor;
        sets.persist(set);
        sets.flush();
        return view(set, true);
    }

    /** The version of the group's set in force now (the latest published); 404 when the group has none. */
    @Transactional
    public CriteriaSetVersion currentFor(String groupCode) {
        return sets.latest(groupCode).map(s -> view(s, true))
                .orElseThrow(() -> DomainException.notFound("Criteria set of group", groupCode));
    }

    /** A given version of the group's set, current or not; 404 when it does not exist. */
    @Transactional
    public CriteriaSetVersion version(String groupCode, int version) {
        CriteriaSet set = sets.byVersion(groupCode, version)
                .orElseThrow(() -> DomainException.notFound("Criteria set", groupCode + " version " + version));
        int latest = sets.latest(groupCode).map(s -> s.version).orElse(version);
        return view(set, set.version == latest);
    }

    /** Published versions of one group (or all groups when null), newest first. */
    @Transactional
    public List<PublishedVersion> versions(String groupCode) {
        Map<String, Integer> latest = new HashMap<>();
        List<PublishedVersion> summaries = new ArrayList<>();
        for (CriteriaSet s : sets.versions(groupCode)) {
            latest.putIfAbsent(s.groupCode, s.version);
            summaries.add(new PublishedVersion(s.groupCode, s.version, latest.get(s.groupCode) == s.version,
                    s.title, s.maxPoints, s.checksum, s.publishedAt, s.publishedBy));
        }
        return summaries;
    }

    /** Every rule a structure must meet, each reported on the field at fault. */
    static List<FieldError> structureErrors(List<Part> parts) {
        List<FieldError> errors = new ArrayList<>();
        List<String> codes = parts.stream().map(Part::code).toList();
        if (!codes.equals(List.copyOf(PART_MAX_POINTS.keySet()))) {
            List<String> missing = PART_MAX_POINTS.keySet().stream().filter(c -> !codes.contains(c)).toList();
            errors.add(new FieldError("parts", "must be exactly parts A, B and C in this order"
                    + (missing.isEmpty() ? "" : "; missing " + String.join(", ", missing))));
        }
        Set<String> sectionCodes = new HashSet<>();
        Map<String, String> criterionCodes = new HashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            String partField = "parts[" + p + "]";
            Integer statutory = PART_MAX_POINTS.get(part.code());
            if (statutory == null) {
                errors.add(new FieldError(partField + ".code", "must be A, B or C"));
            } else if (!statutory.equals(part.maxPoints())) {
                errors.add(new FieldError(partField + ".maxPoints", "part " + part.code() + " must be worth "
                        + statutory + " points"));
            }
            if (part.criteriaMaxPoints() != part.maxPoints()) {
                errors.add(new FieldError(partField, "part " + part.code() + ": the criteria maxima add up to "
                        + part.criteriaMaxPoints() + " points, not " + part.maxPoints()));
            }
            for (int s = 0; s < part.sections().size(); s++) {
                Section section = part.sections().get(s);
                String sectionField = partField + ".sections[" + s + "]";
                if (!sectionCodes.add(section.code())) {
                    errors.add(new FieldError(sectionField + ".code", "section code " + section.code()
                            + " is used twice"));
                }
                for (int c = 0; c < section.criteria().size(); c++) {
                    Criterion criterion = section.criteria().get(c);
                    String criterionField = sectionField + ".criteria[" + c + "]";
                    String first = criterionCodes.putIfAbsent(criterion.code(), criterionField);
                    if (first != null) {
                        errors.add(new FieldError(criterionField + ".code", "criterion code " + criterion.code()
                                + " is already used at " + first));
                    }
                    errors.addAll(optionErrors(criterion, criterionField));
                }
            }
        }
        return errors;
    }

    private static List<FieldError> optionErrors(Criterion criterion, String criterionField) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> optionCodes = new HashSet<>();
        for (int o = 0; o < criterion.options().size(); o++) {
            Option option = criterion.options().get(o);
            if (!optionCodes.add(option.code())) {
                errors.add(new FieldError(criterionField + ".options[" + o + "].code", "option code "
                        + option.code() + " is used twice in this criterion"));
            }
            if (option.fails() && criterion.mandatoryForStars() == null) {
                errors.add(new FieldError(criterionField + ".options[" + o + "].failsMandatory",
                        "is only allowed on a criterion with mandatoryForStars"));
            }
        }
        if (criterion.mandatoryForStars() != null) {
            long failing = criterion.options().stream().filter(Option::fails).count();
            if (failing == 0 || failing == criterion.options().size()) {
                errors.add(new FieldError(criterionField + ".options", "a mandatory criterion needs at least one "
                        + "option with failsMandatory and one without"));
            }
        }
        return errors;
    }

    /** The structure with cleaned texts and explicit flags: equal sets have equal canonical JSON. */
    private static List<Part> canonical(List<Part> parts) {
        return parts.stream().map(p -> new Part(p.code(), TextSearch.clean(p.title()), p.maxPoints(),
                p.sections().stream().map(s -> new Section(s.code(), TextSearch.clean(s.title()),
                        s.criteria().stream().map(c -> new Criterion(c.code(), TextSearch.clean(c.title()),
                                c.mandatoryForStars(), c.options().stream().map(o -> new Option(o.code(),
                                        TextSearch.clean(o.label()), o.points(), o.fails())).toList()))
                                .toList())).toList())).toList();
    }

    private static CriteriaSetVersion view(CriteriaSet set, boolean current) {
        try {
            return new CriteriaSetVersion(set.groupCode, set.version, current, set.title, set.maxPoints, set.checksum,
                    set.publishedAt, set.publishedBy, CANONICAL.readValue(set.parts, PARTS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored criteria set " + set.id + " is not readable", e);
        }
    }

    private static String write(Object value) {
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Integer> partMaxPoints() {
        Map<String, Integer> parts = new LinkedHashMap<>();
        parts.put("A", 40);
        parts.put("B", 25);
        parts.put("C", 35);
        return Collections.unmodifiableMap(parts);
    }
}
