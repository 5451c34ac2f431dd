package vn.ocop.traceability.lot.service;

import vn.ocop.platform.problem.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import vn.ocop.contract.ImageData;
import vn.ocop.traceability.lot.GrowingArea;
import vn.ocop.traceability.lot.repository.GrowingAreaRepository;
import vn.ocop.traceability.media.mapping.ImageJson;
import vn.ocop.traceability.media.service.MediaService;
import vn.ocop.traceability.platform.events.RecordsChanged;
import vn.ocop.platform.security.Caller;

import java.util.UUID;

/**
 * Owns a growing area's photo: its producer (or an admin) uploads one; it replaces the previous photo, which stays
 * served for the grace period. The scan page of the area's lots shows it.
 */
@ApplicationScoped
public class GrowingAreaPhotoService {

    private final GrowingAreaRepository areas;
    private final MediaService media;
    private final Event<RecordsChanged> changed;

    public GrowingAreaPhotoService(GrowingAreaRepository areas, MediaService media, Event<RecordsChanged> changed) {
        this.areas = areas;
        this.media = media;
        this.changed = changed;
    }

    /** Stores the photo and sets it on the area; nothing is stored when the body is refused. */
    public ImageData upload(UUID areaId, byte[] body, String contentType, String altVi, String altEn, Caller caller) {
        QuarkusTransaction.requiringNew().run(() -> editable(areaId, caller));
        ImageData photo = media.store(body, contentType, altVi, altEn);
        QuarkusTransaction.requiringNew().run(() -> {
            GrowingArea area = editable(areaId, caller);
            ImageData previous = ImageJson.one(area.photo);
            area.photo = ImageJson.write(photo);
            media.used(photo.sha256());
            if (previous != null && !previous.sha256().equals(photo.sha256())) {
                media.unused(previous.sha256());
            }
            areas.flush();
            changed.fire(new RecordsChanged("growing area " + area.id));
        });
        return photo;
    }

    private GrowingArea editable(UUID areaId, Caller caller) {
        GrowingArea area = areas.findByIdOptional(areaId).orElseThrow(() -> DomainException.notFound("No growing area " + areaId));
        if (!caller.actsFor(area.producerId)) {
            throw DomainException.forbidden("This growing area belongs to another producer");
        }
        return area;
    }
}
