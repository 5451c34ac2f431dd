package vn.ocop.registry.account;

/** The place of an account in its producer: the owner (may remove staff) or staff. */
public enum ProducerRole {
    OWNER, STAFF
}
