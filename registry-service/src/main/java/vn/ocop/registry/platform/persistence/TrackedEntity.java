package vn.ocop.registry.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * What every changeable registry record carries: an optimistic-lock version (also the event snapshot version
 * consumers compare) and when it was created and last changed.
 */
@MappedSuperclass
public abstract class TrackedEntity extends PanacheEntityBase {

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
