package vn.ocop.registry.register.service;

import vn.ocop.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.registry.adminunit.service.AdminUnitService;
import vn.ocop.registry.platform.export.Table;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;
import vn.ocop.registry.register.RegisterSheets;
import vn.ocop.registry.register.repository.RegisterRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Exports the registers of the caller's area: admin and ministry the country (or one province), a province admin its
 * province, a commune officer its commune.
 */
@ApplicationScoped
public class RegisterExportService {

    /** The area an export covers. */
    public record Area(String provinceCode, String communeCode) {
    }

    private final RegisterRepository registers;
    private final AdminUnitService adminUnits;
    private final CallerProvider caller;
    private final Clock clock;

    public RegisterExportService(RegisterRepository registers, AdminUnitService adminUnits, CallerProvider caller,
                                 Clock clock) {
        this.registers = registers;
        this.adminUnits = adminUnits;
        this.caller = caller;
        this.clock = clock;
    }

    /** The caller's area, narrowed to {@code province} when given (403 outside the caller's own). */
    public Area area(String province) {
        if (province != null) {
            adminUnits.requireProvince(province, "province");
        }
        if (caller.current().isNational()) {
            return new Area(province, null);
        }
        if (caller.current().has(Roles.PROVINCE_ADMIN)) {
            String own = Optional.ofNullable(caller.current().provinceCode())
                    .orElseThrow(() -> DomainException.refused("no province_code"));
            if (province != null && !province.equals(own)) {
                throw DomainException.refused("outside the caller's province");
            }
            return new Area(own, null);
        }
        if (caller.current().has(Roles.COMMUNE_OFFICER)) {
            String commune = Optional.ofNullable(caller.current().communeCode())
                    .orElseThrow(() -> DomainException.refused("no commune_code"));
            if (province != null && !province.equals(adminUnits.requireCommune(commune, "commune").province.code)) {
                throw DomainException.refused("outside the caller's commune");
            }
            return new Area(null, commune);
        }
        throw DomainException.refused("registers are exported by officers and admins");
    }

    /** The three registers of the area, in the sheet layout of {@link RegisterSheets}. */
    @Transactional
    public List<Table> tables(Area area) {
        LocalDate today = LocalDate.now(clock);
        return List.of(
                new Table(RegisterSheets.PRODUCERS, RegisterSheets.PRODUCER_COLUMNS,
                        registers.producers(area.provinceCode(), area.communeCode())),
                new Table(RegisterSheets.PRODUCTS, RegisterSheets.PRODUCT_COLUMNS,
                        registers.products(area.provinceCode(), area.communeCode())),
                new Table(RegisterSheets.CERTIFICATES, RegisterSheets.CERTIFICATE_COLUMNS,
                        registers.certificates(area.provinceCode(), area.communeCode(), today)));
    }
}
