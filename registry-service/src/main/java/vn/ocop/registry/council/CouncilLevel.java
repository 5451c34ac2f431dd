package vn.ocop.registry.council;

/** A provincial council ranks 1–4★ and sends ≥ 90 points on; the national (ministry) council decides 5★. */
public enum CouncilLevel {
    PROVINCIAL, NATIONAL
}
