package vn.ocop.registry.adminunit.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The start-up bulk write of the administrative units: batched JDBC upserts in a transaction of their own (outside
 * JTA, before any request), and the commune count that tells whether they are needed.
 */
@ApplicationScoped
public class AdminUnitLoader {

    /** A province row as written. */
    public record ProvinceRow(String code, String name, String nameEn, String fullName, String codeName) {
    }

    /** A commune row as written. */
    public record CommuneRow(String code, String provinceCode, String name, String nameEn, String fullName,
                             String searchName) {
    }

    private final AgroalDataSource dataSource;

    public AdminUnitLoader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long countCommunes() {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("select count(*) from commune")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts or updates (by code) the provinces, then the communes, in one commit. */
    public void upsert(List<ProvinceRow> provinces, List<CommuneRow> communes) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("insert into province (code, name, name_en, full_name, code_name) "
                    + "values (?, ?, ?, ?, ?) on conflict (code) do update set name = excluded.name, "
                    + "name_en = excluded.name_en, full_name = excluded.full_name, code_name = excluded.code_name");
                 PreparedStatement w = c.prepareStatement("insert into commune (code, province_code, name, name_en, "
                         + "full_name, search_name) values (?, ?, ?, ?, ?, ?) on conflict (code) do update set "
                         + "province_code = excluded.province_code, name = excluded.name, name_en = excluded.name_en, "
                         + "full_name = excluded.full_name, search_name = excluded.search_name")) {
                for (ProvinceRow province : provinces) {
                    p.setString(1, province.code());
                    p.setString(2, province.name());
                    p.setString(3, province.nameEn());
                    p.setString(4, province.fullName());
                    p.setString(5, province.codeName());
                    p.addBatch();
                }
                for (CommuneRow commune : communes) {
                    w.setString(1, commune.code());
                    w.setString(2, commune.provinceCode());
                    w.setString(3, commune.name());
                    w.setString(4, commune.nameEn());
                    w.setString(5, commune.fullName());
                    w.setString(6, commune.searchName());
                    w.addBatch();
                }
                p.executeBatch();
                w.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load administrative units", e);
        }
    }
}
