package vn.ocop.registry.salespoint.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.registry.adminunit.Commune;
import vn.ocop.registry.adminunit.service.AdminUnitService;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.registry.platform.text.TextSearch;
import vn.ocop.registry.product.repository.ProductRepository;
import vn.ocop.registry.salespoint.SalesPoint;
import vn.ocop.registry.salespoint.SalesPointKind;
import vn.ocop.registry.salespoint.repository.SalesPointRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Owns promotion and sales points and trade fairs: a province admin registers those of its province (admin any),
 * with the products they display; anyone reads them (consumers look for where to buy).
 */
@ApplicationScoped
public class SalesPointService {

    private final SalesPointRepository points;
    private final ProductRepository products;
    private final AdminUnitService adminUnits;
    private final CallerProvider caller;
    private final Clock clock;

    public SalesPointService(SalesPointRepository points, ProductRepository products, AdminUnitService adminUnits,
                             CallerProvider caller, Clock clock) {
        this.points = points;
        this.products = products;
        this.adminUnits = adminUnits;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public SalesPoint register(SalesPointCommand command) {
        SalesPoint point = new SalesPoint();
        point.id = UUID.randomUUID();
        point.createdAt = OffsetDateTime.now(clock);
        apply(point, command);
        points.persist(point);
        points.flush();
        return point;
    }

    @Transactional
    public SalesPoint update(UUID id, SalesPointCommand command) {
        SalesPoint point = get(id);
        caller.current().requireLocation(point.commune.code, point.commune.province.code);
        if (command.version() == null) {
            throw DomainException.invalid("version", "is required to update; send the version read");
        }
        if (command.version() != point.version) {
            throw DomainException.conflict("stale-version", "The sales point changed since it was read: version "
                    + point.version + ", not " + command.version(), new FieldError("version", "is " + point.version
                    + " now; read it again"));
        }
        apply(point, command);
        points.flush();
        return point;
    }

    @Transactional
    public SalesPoint get(UUID id) {
        return points.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Sales point", id));
    }

    @Transactional
    public Page<SalesPoint> list(String q, String province, String commune, SalesPointKind kind, UUID productId,
                                 int page, int size) {
        return Page.of(points.search(q, province, commune, kind, productId), page, size);
    }

    private void apply(SalesPoint point, SalesPointCommand command) {
        Commune commune = adminUnits.requireCommune(command.communeCode(), "communeCode");
        caller.current().requireLocation(commune.code, commune.province.code);
        List<FieldError> errors = new ArrayList<>();
        if (command.kind() == SalesPointKind.FAIR) {
            if (command.startsOn() == null) {
                errors.add(new FieldError("startsOn", "is required for a fair"));
            }
            if (command.endsOn() == null) {
                errors.add(new FieldError("endsOn", "is required for a fair"));
            }
        }
        if (command.startsOn() != null && command.endsOn() != null && command.endsOn().isBefore(command.startsOn())) {
            errors.add(new FieldError("endsOn", "must not be before startsOn"));
        }
        List<UUID> ids = command.productIds() == null ? List.of() : command.productIds();
        for (int i = 0; i < ids.size(); i++) {
            if (products.findByIdOptional(ids.get(i)).isEmpty()) {
                errors.add(new FieldError("productIds[" + i + "]", "is not a registered product"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.ruleViolation("validation", "The request is not valid",
                    errors.toArray(FieldError[]::new));
        }
        point.kind = command.kind();
        point.name = TextSearch.clean(command.name());
        point.searchName = TextSearch.key(point.name);
        point.commune = commune;
        point.address = TextSearch.clean(command.address());
        point.latitude = command.latitude();
        point.longitude = command.longitude();
        point.operatorName = TextSearch.clean(command.operatorName());
        point.startsOn = command.startsOn();
        point.endsOn = command.endsOn();
        point.productIds = new LinkedHashSet<>(ids);
        point.updatedAt = OffsetDateTime.now(clock);
    }
}
