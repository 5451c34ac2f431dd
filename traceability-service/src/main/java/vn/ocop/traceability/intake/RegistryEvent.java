package vn.ocop.traceability.intake;

/**
 * A registry CloudEvent that passed parsing and validation: its id, type and typed payload (a ProducerData,
 * ProductData or CertificateData, or null for the recorded-but-ignored dossier events).
 */
public record RegistryEvent(String id, String type, Object data) {
}
