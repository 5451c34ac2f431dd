package vn.ocop.registry.imports.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.ocop.contract.Gtin;
import vn.ocop.registry.platform.export.Table;
import vn.ocop.registry.platform.export.TableWriter;
import vn.ocop.registry.platform.text.TextSearch;
import vn.ocop.registry.register.RegisterSheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads register workbooks (sheets producers, products, certificates; a header row naming the columns of
 * {@link RegisterSheets}, in any order) and writes the import template.
 */
@ApplicationScoped
public class RegisterWorkbook {

    /** One data row: its sheet, spreadsheet row number, and the text of each known column (blank cells absent). */
    public record SheetRow(String sheet, int number, Map<String, String> values) {
        public String get(String column) {
            return values.get(column);
        }
    }

    /** The rows of the three sheets, and the columns each sheet lacks. */
    public record Content(List<SheetRow> producers, List<SheetRow> products, List<SheetRow> certificates,
                          Map<String, List<String>> missingColumns) {
        public int size() {
            return producers.size() + products.size() + certificates.size();
        }
    }

    /** Thrown when the bytes are not an XLSX workbook. */
    public static class Unreadable extends RuntimeException {
        public Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Set<String> DATE_COLUMNS = Set.of("decisionDate", "validUntil");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final TableWriter writer;

    public RegisterWorkbook(TableWriter writer) {
        this.writer = writer;
    }

    /**
     * The data rows (after the header) of the register sheets, counted while streaming and given up on past
     * {@code limit}: enough to refuse an oversized register before anything is stored or parsed in full.
     */
    public long countRows(byte[] xlsx, long limit) {
        long count = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                String name = sheet.getName().strip().toLowerCase(Locale.ROOT);
                if (!RegisterSheets.PRODUCERS.equals(name) && !RegisterSheets.PRODUCTS.equals(name)
                        && !RegisterSheets.CERTIFICATES.equals(name)) {
                    continue;
                }
                try (var rows = sheet.openStream()) {
                    count += Math.max(0, rows.limit(limit + 2).count() - 1);
                }
                if (count > limit) {
                    return count;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("not a readable XLSX workbook: " + e.getMessage(), e);
        }
        return count;
    }

    public Content read(byte[] xlsx) {
        Map<String, List<SheetRow>> rows = new HashMap<>();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        Map<String, List<String>> expected = Map.of(RegisterSheets.PRODUCERS, RegisterSheets.PRODUCER_COLUMNS,
                RegisterSheets.PRODUCTS, RegisterSheets.PRODUCT_COLUMNS,
                RegisterSheets.CERTIFICATES, RegisterSheets.CERTIFICATE_COLUMNS.subList(0, 6));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                String name = sheet.getName().strip().toLowerCase(Locale.ROOT);
                if (!expected.containsKey(name)) {
                    continue;
                }
                List<Row> all = sheet.read();
                if (all.isEmpty()) {
                    continue;
                }
                Map<Integer, String> headers = new HashMap<>();
                Row header = all.get(0);
                for (int i = 0; i < header.getCellCount(); i++) {
                    String text = text(header, i, "");
                    int index = i;
                    if (text != null) {
                        expected.get(name).stream().filter(c -> c.equalsIgnoreCase(text)).findFirst()
                                .ifPresent(c -> headers.put(index, c));
                    }
                }
                List<String> lacking = expected.get(name).stream()
                        .filter(c -> !headers.containsValue(c) && !c.equals("validUntil")).toList();
                if (!lacking.isEmpty()) {
                    missing.put(name, lacking);
                }
                List<SheetRow> data = new ArrayList<>();
                for (Row row : all.subList(1, all.size())) {
                    Map<String, String> values = new HashMap<>();
                    headers.forEach((index, column) -> {
                        String value = text(row, index, column);
                        if (value != null) {
                            values.put(column, value);
                        }
                    });
                    if (!values.isEmpty()) {
                        data.add(new SheetRow(name, row.getRowNum(), values));
                    }
                }
                rows.put(name, data);
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("not a readable XLSX workbook: " + e.getMessage(), e);
        }
        return new Content(rows.getOrDefault(RegisterSheets.PRODUCERS, List.of()),
                rows.getOrDefault(RegisterSheets.PRODUCTS, List.of()),
                rows.getOrDefault(RegisterSheets.CERTIFICATES, List.of()), missing);
    }

    /** The cell as text: numbers without exponent or trailing zeros, date columns as ISO dates; blank is null. */
    private static String text(Row row, int index, String column) {
        if (index < 0 || index >= row.getCellCount()) {
            return null;
        }
        Cell cell = row.getCell(index);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        String text;
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            text = DATE_COLUMNS.contains(column) ? EXCEL_EPOCH.plusDays(number.longValue()).toString()
                    : number.stripTrailingZeros().toPlainString();
        } else {
            text = TextSearch.clean(cell.getText());
        }
        return text == null || text.isEmpty() ? null : text;
    }

    /** The import template: the three sheets with their header row and one example row each. */
    public byte[] template() {
        return writer.xlsx(List.of(
                new Table(RegisterSheets.PRODUCERS, RegisterSheets.PRODUCER_COLUMNS, List.of(List.of("P1",
                        "Cơ sở chế biến cao ngựa bạch Hoan Hoa", "HKD", "", "05908", "Xóm Phẩm 1, Dương Thành",
                        "Hoàng Văn Hoan", "0912345678", "", 6))),
                new Table(RegisterSheets.PRODUCTS, RegisterSheets.PRODUCT_COLUMNS, List.of(List.of("SP1", "P1",
                        "Cao ngựa bạch Hoan Hoa", "HERBAL", "893500000002" + Gtin.checkDigit("893500000002"),
                        "Cao ngựa bạch nấu thủ công, hộp 100 g"))),
                new Table(RegisterSheets.CERTIFICATES, RegisterSheets.CERTIFICATE_COLUMNS.subList(0, 6),
                        List.of(List.of("SP1", "2316/QĐ-UBND", 3, "UBND tỉnh Thái Nguyên", "2024-06-15", "")))));
    }
}
