package vn.ocop.registry.platform.export;

import jakarta.ws.rs.core.HttpHeaders;
import vn.ocop.platform.problem.DomainException;

import java.util.Locale;

/** The file formats of exports, chosen by {@code ?format=} or else by the Accept header (XLSX by default). */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public final String mediaType;
    public final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** {@code format} wins; otherwise text/csv in Accept means CSV; anything else XLSX. */
    public static ExportFormat choose(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> throw DomainException.invalid("format", "must be csv or xlsx");
            };
        }
        String accept = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("text/csv") && !accept.contains(XLSX_TYPE)) {
            return CSV;
        }
        return XLSX;
    }
}
