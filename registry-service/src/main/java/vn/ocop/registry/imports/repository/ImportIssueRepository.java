package vn.ocop.registry.imports.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.imports.ImportIssue;

import java.util.List;
import java.util.UUID;

/** The row problems of import jobs. */
@ApplicationScoped
public class ImportIssueRepository implements PanacheRepositoryBase<ImportIssue, Long> {

    /** The job's issues in workbook order (sheet, row). */
    public List<ImportIssue> ofJob(UUID jobId) {
        return list("jobId = ?1 order by sheet, rowNumber, id", jobId);
    }
}
