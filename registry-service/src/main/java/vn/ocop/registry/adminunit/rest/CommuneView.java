package vn.ocop.registry.adminunit.rest;

import vn.ocop.registry.adminunit.Commune;

/** A commune as the API shows it. */
public record CommuneView(String code, String name, String nameEn, String fullName, String provinceCode) {

    static CommuneView of(Commune c) {
        return new CommuneView(c.code, c.name, c.nameEn, c.fullName, c.province.code);
    }
}
