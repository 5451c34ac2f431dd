package vn.ocop.registry.adminunit.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.ocop.registry.adminunit.Commune;
import vn.ocop.registry.adminunit.Province;
import vn.ocop.registry.adminunit.repository.CommuneRepository;
import vn.ocop.registry.adminunit.repository.ProvinceRepository;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.registry.platform.text.TextSearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;

    public AdminUnitService(ProvinceRepository provinces, CommuneRepository communes, AgroalDataSource dataSource,
                            ObjectMapper mapper) {
        this.provinces = provinces;
        this.communes = communes;
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    void load(@Observes StartupEvent event) {
        List<ProvinceFile> file = read();
        int expected = file.stream().mapToInt(p -> p.wards().size()).sum();
        if (countCommunes() == expected) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("insert into province (code, name, name_en, full_name, code_name) "
                    + "values (?, ?, ?, ?, ?) on conflict (code) do update set name = excluded.name, "
                    + "name_en = excluded.name_en, full_name = excluded.full_name, code_name = excluded.code_name");
                 PreparedStatement w = c.prepareStatement("insert into commune (code, province_code, name, name_en, "
                         + "full_name, search_name) values (?, ?, ?, ?, ?, ?) on conflict (code) do update set "
                         + "province_code = excluded.province_code, name = excluded.name, name_en = excluded.name_en, "
                         + "full_name = excluded.full_name, search_name = excluded.search_name")) {
                for (ProvinceFile province : file) {
                    p.setString(1, province.code());
                    p.setString(2, TextSearch.clean(province.name()));
                    p.setString(3, province.nameEn());
                    p.setString(4, TextSearch.clean(province.fullName()));
                    p.setString(5, province.codeName());
                    p.addBatch();
                    for (WardFile ward : province.wards()) {
                        w.setString(1, ward.code());
                        w.setString(2, province.code());
                        w.setString(3, TextSearch.clean(ward.name()));
                        w.setString(4, ward.nameEn());
                        w.setString(5, TextSearch.clean(ward.fullName()));
                        w.setString(6, TextSearch.key(ward.name()));
                        w.addBatch();
                    }
                }
                p.executeBatch();
                w.executeBatch();
            }
            c.commit();
            LOG.infof("loaded %d provinces and %d communes", file.size(), expected);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load administrative units", e);
        }
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

    private long countCommunes() {
        try (Connection c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery("select count(*) from commune")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
