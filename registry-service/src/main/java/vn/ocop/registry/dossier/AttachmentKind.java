package vn.ocop.registry.dossier;

/** The documents of an OCOP dossier (Decision 148/QĐ-TTg); a registration form is required to submit. */
public enum AttachmentKind {
    REGISTRATION_FORM, BUSINESS_PLAN, BUSINESS_LICENCE, FOOD_SAFETY_CERTIFICATE, PRODUCT_STANDARD, LABEL, PHOTO, OTHER
}
