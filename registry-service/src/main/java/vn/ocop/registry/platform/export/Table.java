package vn.ocop.registry.platform.export;

import java.util.List;

/** A sheet of an export: a name, a header row and data rows (cells are strings, numbers, dates or null). */
public record Table(String name, List<String> headers, List<List<Object>> rows) {
}
