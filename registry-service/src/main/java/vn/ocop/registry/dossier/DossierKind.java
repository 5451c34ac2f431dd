package vn.ocop.registry.dossier;

/** A first evaluation of a product, or the renewal of a product that holds a valid certificate. */
public enum DossierKind {
    NEW, RENEWAL
}
