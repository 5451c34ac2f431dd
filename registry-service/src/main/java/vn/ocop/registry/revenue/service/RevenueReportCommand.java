package vn.ocop.registry.revenue.service;

/** A product's revenue for a calendar year ({@code version}: the one read, to correct an existing report). */
public record RevenueReportCommand(Integer year, Long revenueVnd, String note, Long version) {
}
