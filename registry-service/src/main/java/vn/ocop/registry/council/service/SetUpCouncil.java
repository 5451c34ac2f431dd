package vn.ocop.registry.council.service;

import vn.ocop.registry.council.CouncilLevel;

import java.util.List;

/** Sets up a council of a province (or the national one) with its members; exactly one member is the chair. */
public record SetUpCouncil(CouncilLevel level, String provinceCode, String name, List<Member> members) {

    /** A member: the token subject of the person, their name, and whether they chair the council. */
    public record Member(String subject, String fullName, boolean chair) {
    }
}
