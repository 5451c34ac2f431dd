package vn.ocop.registry.producer.rest;

import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.producer.ProducerType;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A producer as the API shows it, with its commune and province names. Tax code and contact (name, phone, e-mail) are
 * shown only to the producer itself and staff whose scope covers it; others get them as null.
 */
public record ProducerView(UUID id, String name, ProducerType type, String taxCode, String communeCode,
                           String communeName, String provinceCode, String provinceName, String address,
                           String contactName, String phone, String email, int workers, long version,
                           OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static ProducerView of(Producer p) {
        return new ProducerView(p.id, p.name, p.type, p.taxCode, p.commune.code, p.commune.fullName,
                p.commune.province.code, p.commune.province.fullName, p.address, p.contactName, p.phone, p.email,
                p.workers, p.version, p.createdAt, p.updatedAt);
    }

    /** The view for a caller who may or may not see the producer's tax code and contact details. */
    public static ProducerView of(Producer p, boolean withContact) {
        return withContact ? of(p) : new ProducerView(p.id, p.name, p.type, null, p.commune.code, p.commune.fullName,
                p.commune.province.code, p.commune.province.fullName, p.address, null, null, null, p.workers,
                p.version, p.createdAt, p.updatedAt);
    }

    /** The view as this caller may see it. */
    public static ProducerView forCaller(Producer p, vn.ocop.platform.security.Caller caller) {
        return of(p, caller.covers(p.id, p.commune.code, p.commune.province.code));
    }
}
