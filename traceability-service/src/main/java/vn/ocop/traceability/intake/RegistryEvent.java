package vn.ocop.traceability.intake;

/**
 * A registry CloudEvent that passed parsing and validation: its id, type and typed payload (a ProducerData,
 * ProductData or CertificateData, or null for the recorded-but-ignored dossier events), and the trace context its
 * record carried ({@code traceparent} header; null when none).
 */
public record RegistryEvent(String id, String type, Object data, String traceparent) {

    /** The event without a trace context. */
    public RegistryEvent(String id, String type, Object data) {
        this(id, type, data, null);
    }

    /** The same event, continuing the trace of {@code traceparent}. */
    public RegistryEvent tracedBy(String traceparent) {
        return new RegistryEvent(id, type, data, traceparent);
    }
}
