package vn.ocop.traceability.platform.events;

/**
 * Fired (a CDI event) by a transaction that changes what a scan record shows: registry facts about products,
 * producers and certificates, a lot opened, events appended to a lot's chain, a growing area replaced. Whoever keeps
 * records in memory observes it once the transaction has completed.
 *
 * @param what what changed, for logs
 */
public record RecordsChanged(String what) {
}
