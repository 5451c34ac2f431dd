package vn.ocop.registry.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A problem of one row of an imported workbook: where (sheet, row, column), why, and a suggested fix. */
@Entity
@Table(name = "import_issue")
public class ImportIssue extends PanacheEntityBase {

    /** ERROR rows are not written; WARNING rows are. */
    public static final String ERROR = "ERROR";
    public static final String WARNING = "WARNING";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "job_id")
    public UUID jobId;

    public String sheet;

    /** The spreadsheet row number (the header is row 1). */
    @Column(name = "row_number")
    public int rowNumber;

    @Column(name = "column_name")
    public String columnName;

    public String severity;

    public String reason;

    public String suggestion;

    public static ImportIssue of(UUID jobId, String sheet, int row, String column, String severity, String reason,
                                 String suggestion) {
        ImportIssue issue = new ImportIssue();
        issue.jobId = jobId;
        issue.sheet = sheet;
        issue.rowNumber = row;
        issue.columnName = column;
        issue.severity = severity;
        issue.reason = reason;
        issue.suggestion = suggestion;
        return issue;
    }
}
