package vn.ocop.registry.programme.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.registry.adminunit.service.AdminUnitService;
import vn.ocop.registry.indicator.IndicatorCodes;
import vn.ocop.registry.indicator.IndicatorValues;
import vn.ocop.registry.indicator.repository.IndicatorRepository.Area;
import vn.ocop.registry.indicator.service.IndicatorService;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.registry.programme.IndicatorDefinition;
import vn.ocop.registry.programme.ProgrammeTarget;
import vn.ocop.registry.programme.repository.IndicatorDefinitionRepository;
import vn.ocop.registry.programme.repository.ProgrammeTargetRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Provincial programme targets: defined by the province admin (own province) or admin/ministry, read with progress
 * computed live by {@link IndicatorService} over each target's period up to today.
 */
@ApplicationScoped
public class TargetService {

    /** A period as {@code YYYY}, {@code YYYY-YYYY} or {@code start/end} ISO dates. */
    public record Period(LocalDate start, LocalDate end) {

        public static Period parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                String value = text.trim();
                if (value.matches("\\d{4}")) {
                    int year = Integer.parseInt(value);
                    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                }
                if (value.matches("\\d{4}-\\d{4}")) {
                    return checked(LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 1),
                            LocalDate.of(Integer.parseInt(value.substring(5)), 12, 31));
                }
                String[] bounds = value.split("/");
                if (bounds.length == 2) {
                    return checked(LocalDate.parse(bounds[0]), LocalDate.parse(bounds[1]));
                }
            } catch (DateTimeParseException | NumberFormatException e) {
                // reported below
            }
            throw DomainException.invalid("period", "must be YYYY, YYYY-YYYY or start/end ISO dates");
        }

        private static Period checked(LocalDate start, LocalDate end) {
            if (end.isBefore(start)) {
                throw DomainException.invalid("period", "must not end before it starts");
            }
            return new Period(start, end);
        }
    }

    private final ProgrammeTargetRepository targets;
    private final IndicatorDefinitionRepository definitions;
    private final IndicatorService indicators;
    private final AdminUnitService adminUnits;
    private final Clock clock;

    public TargetService(ProgrammeTargetRepository targets, IndicatorDefinitionRepository definitions,
                         IndicatorService indicators, AdminUnitService adminUnits, Clock clock) {
        this.targets = targets;
        this.definitions = definitions;
        this.indicators = indicators;
        this.adminUnits = adminUnits;
        this.clock = clock;
    }

    @Transactional
    public List<IndicatorDefinition> definitions() {
        return definitions.inOrder();
    }

    /** The province's targets (of exactly {@code period} when given) with live progress. */
    @Transactional
    public List<TargetProgress> list(String provinceCode, String period) {
        authorise(provinceCode);
        Period exact = Period.parse(period);
        List<ProgrammeTarget> found = targets.ofProvince(provinceCode, exact == null ? null : exact.start(),
                exact == null ? null : exact.end());
        return withProgress(found);
    }

    @Transactional
    public TargetProgress define(String provinceCode, TargetCommand command) {
        authorise(provinceCode);
        ProgrammeTarget target = new ProgrammeTarget();
        target.id = UUID.randomUUID();
        target.provinceCode = provinceCode;
        target.createdAt = OffsetDateTime.now(clock);
        apply(target, command);
        targets.persist(target);
        targets.flush();
        return withProgress(List.of(target)).get(0);
    }

    @Transactional
    public TargetProgress change(String provinceCode, UUID id, TargetCommand command) {
        authorise(provinceCode);
        ProgrammeTarget target = targets.findByIdOptional(id).filter(t -> t.provinceCode.equals(provinceCode))
                .orElseThrow(() -> DomainException.notFound("target", id));
        if (command.version() == null) {
            throw DomainException.invalid("version", "must be the version read");
        }
        if (command.version() != target.version) {
            throw DomainException.conflict("stale-version", "The target changed since version " + command.version()
                    + " (now " + target.version + "): read it again");
        }
        apply(target, command);
        targets.flush();
        return withProgress(List.of(target)).get(0);
    }

    private void authorise(String provinceCode) {
        adminUnits.requireProvince(provinceCode, "code");
        indicators.requireArea(provinceCode);
    }

    private void apply(ProgrammeTarget target, TargetCommand command) {
        if (command.periodEnd().isBefore(command.periodStart())) {
            throw DomainException.invalid("periodEnd", "must not be before periodStart");
        }
        if (definitions.findByIdOptional(command.indicator()).isEmpty()
                || !IndicatorCodes.VALUE_OF.containsKey(command.indicator())) {
            throw DomainException.invalid("indicator", "is not a code of GET /indicator-definitions");
        }
        target.periodStart = command.periodStart();
        target.periodEnd = command.periodEnd();
        target.indicatorCode = command.indicator();
        target.comparator = command.comparator();
        target.targetValue = command.value();
        target.note = command.note();
        target.updatedAt = OffsetDateTime.now(clock);
        if (targets.duplicate(target)) {
            throw DomainException.conflict("duplicate-target", "Province " + target.provinceCode + " has a target "
                    + "for " + target.indicatorCode + " over " + target.periodStart + " – " + target.periodEnd);
        }
    }

    /** Computes each distinct period's indicators once and reads every target's current value from them. */
    private List<TargetProgress> withProgress(List<ProgrammeTarget> found) {
        Map<String, String> names = definitions.inOrder().stream()
                .collect(Collectors.toMap(d -> d.code, d -> d.name));
        LocalDate today = LocalDate.now(clock);
        Map<Period, IndicatorValues> computed = new HashMap<>();
        return found.stream().map(t -> {
            LocalDate asOf = t.periodEnd.isBefore(today) ? t.periodEnd : today;
            IndicatorValues values = asOf.isBefore(t.periodStart) ? null : computed.computeIfAbsent(
                    new Period(t.periodStart, asOf), p -> indicators.values(new Area(t.provinceCode, null), p.start(),
                            p.end()));
            Function<IndicatorValues, Number> read = IndicatorCodes.VALUE_OF.get(t.indicatorCode);
            Number number = values == null || read == null ? null : read.apply(values);
            BigDecimal current = number == null ? null : new BigDecimal(number.toString());
            BigDecimal ratio = current == null || t.targetValue.signum() == 0 ? null
                    : current.divide(t.targetValue, 4, RoundingMode.HALF_UP);
            boolean met = current != null && t.comparator.met(current, t.targetValue);
            return new TargetProgress(t.id, t.provinceCode, t.periodStart, t.periodEnd, t.indicatorCode,
                    Objects.requireNonNullElse(names.get(t.indicatorCode), t.indicatorCode), t.comparator,
                    t.targetValue, t.note, current, asOf, ratio, met, t.version);
        }).toList();
    }
}
