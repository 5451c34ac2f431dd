package vn.ocop.registry.adminunit.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.ocop.registry.adminunit.Commune;
import vn.ocop.registry.adminunit.Province;
import vn.ocop.registry.adminunit.repository.AdminUnitLoader;
import vn.ocop.registry.adminunit.repository.AdminUnitLoader.CommuneRow;
import vn.ocop.registry.adminunit.repository.AdminUnitLoader.ProvinceRow;
import vn.ocop.registry.adminunit.repository.CommuneRepository;
import vn.ocop.registry.adminunit.repository.ProvinceRepository;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.registry.platform.text.TextSearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Owns the administrative units: loads the bundled 2025 list (34 provinces, 3,321 communes) into the database at
 * start-up (idempotent upsert, safe with several instances) and answers look-ups.
 */
@ApplicationScoped
public class AdminUnitService {

    static final String SOURCE = "/adminunits/vn-units-2026-07-25.json";
    private static final Logger LOG = Logger.getLogger(AdminUnitService.class);

    private final ProvinceRepository provinces;
    private final CommuneRepository communes;
    private final AdminUnitLoader loader;
    private final ObjectMapper mapper;

    public AdminUnitService(ProvinceRepository provinces, CommuneRepository communes, AdminUnitLoader loader,
                            ObjectMapper mapper) {
        this.provinces = provinces;
        this.communes = communes;
        this.loader = loader;
        this.mapper = mapper;
    }

    void load(@Observes StartupEvent event) {
        List<ProvinceFile> file = read();
        int expected = file.stream().mapToInt(p -> p.wards().size()).sum();
        if (loader.countCommunes() == expected) {
            return;
        }
        List<ProvinceRow> provinceRows = new ArrayList<>();
        List<CommuneRow> communeRows = new ArrayList<>();
        for (ProvinceFile province : file) {
            provinceRows.add(new ProvinceRow(province.code(), TextSearch.clean(province.name()), province.nameEn(),
                    TextSearch.clean(province.fullName()), province.codeName()));
            for (WardFile ward : province.wards()) {
                communeRows.add(new CommuneRow(ward.code(), province.code(), TextSearch.clean(ward.name()),
                        ward.nameEn(), TextSearch.clean(ward.fullName()), TextSearch.key(ward.name())));
            }
        }
        loader.upsert(provinceRows, communeRows);
        LOG.infof("loaded %d provinces and %d communes", file.size(), expected);
    }

    @Transactional
    public List<Province> provinces() {
        return provinces.listAll(io.quarkus.panache.common.Sort.by("code"));
    }

    @Transactional
    public List<Commune> communesOf(String provinceCode) {
        if (provinces.findByIdOptional(provinceCode).isEmpty()) {
            throw DomainException.notFound("Province", provinceCode);
        }
        return communes.inProvince(provinceCode);
    }

    /** The commune with this code, or a 400 naming {@code field} when there is none. */
    public Commune requireCommune(String code, String field) {
        return communes.findByIdOptional(code)
                .orElseThrow(() -> DomainException.invalid(field, "is not a commune code in force (" + code + ")"));
    }

    /** The province with this code, or a 400 naming {@code field} when there is none. */
    public Province requireProvince(String code, String field) {
        return provinces.findByIdOptional(code)
                .orElseThrow(() -> DomainException.invalid(field, "is not a province code in force (" + code + ")"));
    }

    private List<ProvinceFile> read() {
        try (InputStream in = AdminUnitService.class.getResourceAsStream(SOURCE)) {
            return List.of(mapper.readValue(in, ProvinceFile[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SOURCE, e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProvinceFile(@JsonProperty("Code") String code, @JsonProperty("Name") String name,
                        @JsonProperty("NameEn") String nameEn, @JsonProperty("FullName") String fullName,
                        @JsonProperty("CodeName") String codeName, @JsonProperty("Wards") List<WardFile> wards) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record WardFile(@JsonProperty("Code") String code, @JsonProperty("Name") String name,
                    @JsonProperty("NameEn") String nameEn, @JsonProperty("FullName") String fullName) {
    }
}
