package vn.ocop.registry.product.service;

import java.util.Optional;
import java.util.UUID;

/**
 * Tells the product feature whether a product holds a valid certificate, whose vouched-for facts (name, GTIN, group,
 * producer) must then stay as certified. Implemented by the certificate feature, so products never import it.
 */
public interface CertifiedFacts {

    /** The certificate that currently vouches for the product, if any. */
    Optional<Voucher> validCertificateOf(UUID productId);

    /** The certificate that freezes a product's facts. */
    record Voucher(UUID certificateId, String number) {
    }
}
