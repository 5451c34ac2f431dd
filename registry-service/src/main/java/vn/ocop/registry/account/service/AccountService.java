package vn.ocop.registry.account.service;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.registry.account.Account;
import vn.ocop.registry.account.repository.AccountRepository;
import vn.ocop.registry.account.repository.IdentityDirectory;
import vn.ocop.registry.adminunit.Commune;
import vn.ocop.registry.adminunit.service.AdminUnitService;
import vn.ocop.registry.audit.service.AuditTrail;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Owns appointments and the list of accounts: the admin appoints province admins (and the ministry), a province admin
 * appoints commune officers of its communes and council members and secretaries of its province; an appointment can be
 * ended (account disabled, sessions ended); value-chain organisations register themselves. Every step is audited and
 * every scope attribute comes from here, never from the caller.
 */
@ApplicationScoped
public class AccountService {

    /** Entity type of account entries in the audit trail. */
    public static final String AUDIT_ACCOUNT = "account";
    private static final Set<String> BY_ADMIN = Set.of(Roles.PROVINCE_ADMIN, Roles.MINISTRY);
    private static final Set<String> BY_PROVINCE = Set.of(Roles.COMMUNE_OFFICER, Roles.COUNCIL_MEMBER,
            Roles.COUNCIL_SECRETARY);

    private final AccountRepository accounts;
    private final IdentityDirectory directory;
    private final AdminUnitService adminUnits;
    private final AuditTrail audit;
    private final CallerProvider caller;
    private final Clock clock;

    public AccountService(AccountRepository accounts, IdentityDirectory directory, AdminUnitService adminUnits,
                          AuditTrail audit, CallerProvider caller, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.adminUnits = adminUnits;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** Creates the appointed account (it sets its own password at first sign-in) with the scope of its role. */
    @Transactional
    public Account appoint(AppointmentRequest request) {
        String role = request.role();
        Map<String, String> attributes = new LinkedHashMap<>();
        String province;
        if (BY_ADMIN.contains(role)) {
            caller.current().requireRole(Roles.ADMIN);
            province = role.equals(Roles.PROVINCE_ADMIN) ? required(request.provinceCode(), "provinceCode") : null;
            if (province != null) {
                adminUnits.requireProvince(province, "provinceCode");
                attributes.put("province_code", province);
            }
        } else if (BY_PROVINCE.contains(role)) {
            if (role.equals(Roles.COMMUNE_OFFICER)) {
                Commune commune = adminUnits.requireCommune(required(request.communeCode(), "communeCode"),
                        "communeCode");
                province = commune.province.code;
                attributes.put("commune_code", commune.code);
            } else {
                province = required(request.provinceCode(), "provinceCode");
                adminUnits.requireProvince(province, "provinceCode");
                attributes.put("province_code", province);
            }
            requireProvinceAdminOf(province);
        } else {
            throw DomainException.invalid("role", "must be one of " + Roles.PROVINCE_ADMIN + ", " + Roles.MINISTRY
                    + ", " + Roles.COMMUNE_OFFICER + ", " + Roles.COUNCIL_MEMBER + ", " + Roles.COUNCIL_SECRETARY);
        }
        if (accounts.find("username", request.username()).firstResultOptional().isPresent()) {
            throw DomainException.conflict("account-exists", "An account " + request.username() + " already exists");
        }
        UUID id = directory.invite(request.username(), request.firstName(), request.lastName(), role, attributes);
        Account account = new Account();
        account.id = id;
        account.username = request.username();
        account.displayName = (nullToEmpty(request.firstName()) + " " + nullToEmpty(request.lastName())).trim();
        account.role = role;
        account.provinceCode = attributes.get("province_code");
        account.communeCode = attributes.get("commune_code");
        account.enabled = true;
        account.provisionedBy = caller.current().actor();
        account.createdAt = OffsetDateTime.now(clock);
        account.updatedAt = account.createdAt;
        accounts.persist(account);
        audit.record(AUDIT_ACCOUNT, id, "appointed", province, null, snapshot(account));
        return account;
    }

    /** Ends an appointment: the account is disabled and its sessions end; only who could appoint it may. */
    @Transactional
    public Account endAppointment(UUID accountId) {
        Account account = accounts.findByIdOptional(accountId)
                .orElseThrow(() -> DomainException.notFound("Account", accountId));
        String province = provinceOf(account);
        if (BY_ADMIN.contains(account.role)) {
            caller.current().requireRole(Roles.ADMIN);
        } else if (BY_PROVINCE.contains(account.role)) {
            requireProvinceAdminOf(province);
        } else {
            throw DomainException.conflict("not-an-appointment", "Account " + accountId + " was not appointed");
        }
        Map<String, Object> before = snapshot(account);
        account.enabled = false;
        account.updatedAt = OffsetDateTime.now(clock);
        audit.record(AUDIT_ACCOUNT, accountId, "appointment-ended", province, before, snapshot(account));
        directory.disable(accountId);
        return account;
    }

    /** A value-chain organisation registers: the signed-up caller's account gets the role and a new organisation id. */
    @Transactional
    public Account registerOrganisation(String name, String role) {
        if (!AccountRoles.VALUE_CHAIN.contains(role)) {
            throw DomainException.invalid("role", "must be one of processor, distributor, retailer");
        }
        UUID self = self();
        if (AccountRoles.ALL.stream().anyMatch(caller.current()::has) || accounts.findByIdOptional(self).isPresent()) {
            throw DomainException.conflict("account-has-role", "This account already has a role in the programme");
        }
        Account account = new Account();
        account.id = self;
        account.username = caller.current().username();
        account.displayName = name;
        account.role = role;
        account.organisationId = UUID.randomUUID().toString();
        account.organisationName = name;
        account.enabled = true;
        account.provisionedBy = caller.current().actor();
        account.createdAt = OffsetDateTime.now(clock);
        account.updatedAt = account.createdAt;
        accounts.persist(account);
        audit.record(AUDIT_ACCOUNT, self, "organisation-registered", null, null, snapshot(account));
        directory.setAttributes(self, Map.of("organisation_id", account.organisationId, "organisation_name", name));
        directory.addRole(self, role);
        directory.logout(self);
        return account;
    }

    /**
     * Accounts the caller may see: admin and ministry all, a province admin its province's, a commune officer its
     * commune's (with the producers' accounts there), a producer its producer's.
     */
    @Transactional
    public Page<Account> list(String role, int page, int size) {
        Caller who = caller.current();
        if (who.isNational()) {
            return Page.of(accounts.search(role, null, null, null), page, size);
        }
        if (who.has(Roles.PROVINCE_ADMIN)) {
            return Page.of(accounts.search(role, scope(who.provinceCode(), "province_code"), null, null), page, size);
        }
        if (who.has(Roles.COMMUNE_OFFICER)) {
            return Page.of(accounts.search(role, null, scope(who.communeCode(), "commune_code"), null), page, size);
        }
        if (who.has(Roles.PRODUCER)) {
            return Page.of(accounts.search(role, null, null, scope(who.producerId(), "producer_id")), page, size);
        }
        throw DomainException.refused("no account list for this role");
    }

    /** The caller's own account id (the token's subject as the identity provider issued it). */
    public UUID self() {
        String sub = Optional.ofNullable(caller.current().subject()).orElseThrow(UnauthorizedException::new);
        try {
            return UUID.fromString(sub);
        } catch (IllegalArgumentException e) {
            throw DomainException.forbidden("not-an-identity-provider-account",
                    "This token does not come from the identity provider's accounts");
        }
    }

    private void requireProvinceAdminOf(String province) {
        if (caller.current().has(Roles.ADMIN)) {
            return;
        }
        caller.current().requireRole(Roles.PROVINCE_ADMIN);
        if (!scope(caller.current().provinceCode(), "province_code").equals(province)) {
            throw DomainException.refused("outside the caller's province");
        }
    }

    private static <T> T scope(T value, String claim) {
        return Optional.ofNullable(value).orElseThrow(() -> DomainException.refused("token without " + claim));
    }

    private String provinceOf(Account account) {
        if (account.provinceCode != null) {
            return account.provinceCode;
        }
        return account.communeCode == null ? null
                : adminUnits.requireCommune(account.communeCode, "communeCode").province.code;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "is required for this role");
        }
        return value;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** What the audit trail records of an account (no credentials exist here to leak). */
    public static Map<String, Object> snapshot(Account a) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("username", a.username);
        map.put("role", a.role);
        map.put("provinceCode", a.provinceCode);
        map.put("communeCode", a.communeCode);
        map.put("producerId", a.producerId);
        map.put("producerRole", a.producerRole);
        map.put("organisationId", a.organisationId);
        map.put("enabled", a.enabled);
        return map;
    }
}
