package vn.ocop.registry.platform.clock;

/**
 * How far to move the registry's clock from the system time: an ISO-8601 period and/or duration, may be negative
 * ({@code P3Y}, {@code PT6H}, {@code -P1M2DT3H}). Not part of the published API (see {@link ClockResource}).
 */
public record ClockOffsetRequest(String offset) {
}
