package vn.ocop.registry.account.service;

/**
 * An appointment: who (username, normally the e-mail address the invitation goes to, and the name), which role and
 * where (a province for provincial roles, a commune for a commune officer).
 */
public record AppointmentRequest(String username, String firstName, String lastName, String role,
                                 String provinceCode, String communeCode) {
}
