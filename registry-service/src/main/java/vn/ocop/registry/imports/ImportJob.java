package vn.ocop.registry.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One bulk import of a register workbook: the file, its mode, where it may write, and its progress. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ImportMode mode;

    @Enumerated(EnumType.STRING)
    public ImportStatus status;

    /** The only province rows may be in (a province admin's); null for admin imports. */
    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "commune_code")
    public String communeCode;

    public String actor;

    @Column(name = "file_name")
    public String fileName;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Column(name = "rows_total")
    public int rowsTotal;

    @Column(name = "rows_validated")
    public int rowsValidated;

    @Column(name = "rows_done")
    public int rowsDone;

    @Column(name = "rows_written")
    public int rowsWritten;

    @Column(name = "rows_bad")
    public int rowsBad;

    public String error;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
