package vn.ocop.registry.producer.rest;

import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.producer.ProducerType;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A producer as the API shows it, with its commune and province names. */
public record ProducerView(UUID id, String name, ProducerType type, String taxCode, String communeCode,
                           String communeName, String provinceCode, String provinceName, String address,
                           String contactName, String phone, String email, int workers, long version,
                           OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static ProducerView of(Producer p) {
        return new ProducerView(p.id, p.name, p.type, p.taxCode, p.commune.code, p.commune.fullName,
                p.commune.province.code, p.commune.province.fullName, p.address, p.contactName, p.phone, p.email,
                p.workers, p.version, p.createdAt, p.updatedAt);
    }
}
