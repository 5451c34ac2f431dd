package vn.ocop.registry.adminunit.rest;

import vn.ocop.registry.adminunit.Province;

/** A province as the API shows it. */
public record ProvinceView(String code, String name, String nameEn, String fullName) {

    static ProvinceView of(Province p) {
        return new ProvinceView(p.code, p.name, p.nameEn, p.fullName);
    }
}
