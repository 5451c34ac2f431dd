package vn.ocop.registry.certificate.pdf;

/** A rendered certificate PDF and the file name it is offered under. */
public record CertificatePdf(String fileName, byte[] content) {
}
