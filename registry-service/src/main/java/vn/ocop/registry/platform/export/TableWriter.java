package vn.ocop.registry.platform.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.ocop.registry.audit.service.AuditTrail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes tables as files: CSV in UTF-8 with a byte-order mark (so spreadsheet programs read Vietnamese correctly) and
 * RFC 4180 quoting, text cells that would start a formula neutralised ({@link CsvCells}), one table per file (the
 * first); XLSX (typed cells, never formulas) with one sheet per table and a bold header row.
 */
@ApplicationScoped
public class TableWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final AuditTrail audit;

    public TableWriter(AuditTrail audit) {
        this.audit = audit;
    }

    /** The tables as a download named {@code baseName.csv|xlsx}, recorded in the audit trail. */
    public Response download(ExportFormat format, String baseName, List<Table> tables) {
        List<Table> written = format == ExportFormat.CSV ? tables.subList(0, 1) : tables;
        byte[] body = format == ExportFormat.CSV ? csv(tables.get(0)) : xlsx(tables);
        audit.exported(baseName + "." + format.extension, format.extension,
                written.stream().mapToInt(t -> t.rows().size()).sum());
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + format.extension + "\"")
                .build();
    }

    public byte[] csv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(BOM);
            try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.RFC4180)) {
                printer.printRecord(table.headers().stream().map(CsvCells::neutralise).toList());
                for (List<Object> row : table.rows()) {
                    printer.printRecord(row.stream().map(CsvCells::cell).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] xlsx(List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "OCOP", "1.0");
            for (Table table : tables) {
                Worksheet sheet = workbook.newWorksheet(table.name());
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.value(0, c, table.headers().get(c));
                    sheet.style(0, c).bold().set();
                }
                int r = 1;
                for (List<Object> row : table.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        if (v instanceof Number n) {
                            sheet.value(r, c, n);
                        } else if (v instanceof LocalDate d) {
                            // ISO text keeps dates exact and re-importable whatever the reader's locale
                            sheet.value(r, c, d.toString());
                        } else if (v != null) {
                            sheet.value(r, c, v.toString());
                        }
                    }
                    r++;
                }
                sheet.finish();
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
