package vn.ocop.registry.criteria.service;

import vn.ocop.registry.criteria.CriteriaSetVersion;

import java.util.List;

/** An admin's publication of a whole criteria set of a product group; the service assigns its version. */
public record PublishCriteriaSet(String groupCode, String title, List<CriteriaSetVersion.Part> parts) {
}
