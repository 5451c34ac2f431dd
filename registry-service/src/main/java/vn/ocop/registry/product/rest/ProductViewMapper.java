package vn.ocop.registry.product.rest;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.contract.DigitalLinks;
import vn.ocop.contract.ImageData;
import vn.ocop.registry.certificate.Certificate;
import vn.ocop.registry.certificate.CertificateStatus;
import vn.ocop.registry.certificate.rest.CertificateView;
import vn.ocop.registry.certificate.service.CertificateService;
import vn.ocop.registry.media.OwnerType;
import vn.ocop.registry.media.read.ImageCatalog;
import vn.ocop.registry.media.rest.ImageView;
import vn.ocop.platform.paging.Page;
import vn.ocop.registry.product.Product;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Turns products into views with their current certificate, live stars and Digital Link (one query per page). */
@ApplicationScoped
public class ProductViewMapper {

    private final CertificateService certificates;
    private final DigitalLinks links;
    private final ImageCatalog images;

    public ProductViewMapper(CertificateService certificates, DigitalLinks links, ImageCatalog images) {
        this.certificates = certificates;
        this.links = links;
        this.images = images;
    }

    public ProductView view(Product product) {
        return views(List.of(product)).get(0);
    }

    public Page<ProductView> views(Page<Product> page) {
        return new Page<>(views(page.items()), page.page(), page.size(), page.total());
    }

    private List<ProductView> views(List<Product> products) {
        Map<java.util.UUID, Certificate> current = certificates.currentOf(products.stream().map(p -> p.id).toList());
        LocalDate today = certificates.today();
        Map<java.util.UUID, List<ImageData>> shown = images.of(OwnerType.PRODUCT, products.stream().map(p -> p.id)
                .toList());
        return products.stream().map(p -> {
            Certificate c = current.get(p.id);
            CertificateView certificate = c == null ? null : CertificateView.of(c, today);
            Integer stars = certificate != null && certificate.status() == CertificateStatus.VALID
                    ? Integer.valueOf(certificate.stars()) : null;
            return new ProductView(p.id, p.producer.id, p.producer.name, p.name, p.group.code, p.group.name, p.gtin,
                    p.description, p.producer.commune.code, p.producer.commune.fullName,
                    p.producer.commune.province.code, p.producer.commune.province.fullName, stars, certificate,
                    links.product(p.id, p.gtin), p.version, p.createdAt, p.updatedAt,
                    ImageView.of(shown.getOrDefault(p.id, List.of())));
        }).toList();
    }
}
