package vn.ocop.registry.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.registry.account.Account;
import vn.ocop.registry.account.ClaimStatus;
import vn.ocop.registry.account.ProducerClaim;
import vn.ocop.registry.account.ProducerRole;
import vn.ocop.registry.account.repository.AccountRepository;
import vn.ocop.registry.account.repository.IdentityDirectory;
import vn.ocop.registry.account.repository.ProducerClaimRepository;
import vn.ocop.registry.audit.service.AuditTrail;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.producer.service.ProducerService;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Owns producer claims: a signed-up account claims a producer record with evidence; the commune officer of the
 * producer's commune (or the province admin, or an admin) approves, which links the account (its {@code producer_id}
 * and the producer role), or rejects with a reason. A producer may have several accounts; its owner removes staff.
 */
@ApplicationScoped
public class ProducerClaimService {

    /** Entity type of claim entries in the audit trail. */
    public static final String AUDIT_CLAIM = "producer-claim";

    private final ProducerClaimRepository claims;
    private final AccountRepository accounts;
    private final ProducerService producers;
    private final IdentityDirectory directory;
    private final AccountService accountService;
    private final AuditTrail audit;
    private final CallerProvider caller;
    private final Clock clock;

    public ProducerClaimService(ProducerClaimRepository claims, AccountRepository accounts, ProducerService producers,
                                IdentityDirectory directory, AccountService accountService, AuditTrail audit,
                                CallerProvider caller, Clock clock) {
        this.claims = claims;
        this.accounts = accounts;
        this.producers = producers;
        this.directory = directory;
        this.accountService = accountService;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** The caller claims the producer record; the claim waits for the commune officer. */
    @Transactional
    public ProducerClaim claim(UUID producerId, ClaimRequest request) {
        Producer producer = producers.get(producerId);
        UUID self = accountService.self();
        if (blank(request.taxCode()) && blank(request.registrationNumber())) {
            throw DomainException.invalid("taxCode", "a tax code or a registration number is required as evidence");
        }
        if (claims.pending(producerId, self)) {
            throw DomainException.conflict("claim-pending", "This account already has a pending claim on producer "
                    + producerId);
        }
        accounts.findByIdOptional(self).filter(a -> a.producerId != null).ifPresent(a -> {
            throw DomainException.conflict("account-linked", "This account already acts for producer "
                    + a.producerId);
        });
        ProducerClaim claim = new ProducerClaim();
        claim.id = UUID.randomUUID();
        claim.producerId = producerId;
        claim.accountId = self;
        claim.username = caller.current().username();
        claim.producerRole = request.producerRole() == null ? ProducerRole.OWNER : request.producerRole();
        claim.taxCode = request.taxCode();
        claim.registrationNumber = request.registrationNumber();
        claim.note = request.note();
        claim.status = ClaimStatus.PENDING;
        claim.createdAt = OffsetDateTime.now(clock);
        claim.updatedAt = claim.createdAt;
        claims.persist(claim);
        audit.record(AUDIT_CLAIM, claim.id, "claimed", producer.commune.province.code, null, snapshot(claim));
        return claim;
    }

    /** Claims on a producer: for the officers whose area covers it, and for the producer's own accounts. */
    @Transactional
    public List<ProducerClaim> ofProducer(UUID producerId) {
        Producer producer = producers.get(producerId);
        caller.current().requireProducer(producerId, producer.commune.code, producer.commune.province.code);
        return claims.ofProducer(producerId);
    }

    /** Approves: the account gets {@code producer_id} and the producer role (it signs in again to carry them). */
    @Transactional
    public ProducerClaim approve(UUID claimId) {
        ProducerClaim claim = decidable(claimId);
        Producer producer = producers.get(claim.producerId);
        Map<String, Object> before = snapshot(claim);
        decide(claim, ClaimStatus.APPROVED, null);
        Account account = accounts.findByIdOptional(claim.accountId).orElseGet(() -> {
            Account created = new Account();
            created.id = claim.accountId;
            created.username = claim.username;
            created.createdAt = OffsetDateTime.now(clock);
            created.updatedAt = created.createdAt;
            created.provisionedBy = caller.current().actor();
            created.enabled = true;
            accounts.persist(created);
            return created;
        });
        if (account.producerId != null && !account.producerId.equals(claim.producerId)) {
            throw DomainException.conflict("account-linked", "The account already acts for producer "
                    + account.producerId);
        }
        account.role = Roles.PRODUCER;
        account.producerId = claim.producerId;
        account.producerRole = claim.producerRole;
        account.communeCode = null;
        account.updatedAt = OffsetDateTime.now(clock);
        audit.record(AUDIT_CLAIM, claim.id, "approved", producer.commune.province.code, before, snapshot(claim));
        audit.record(AccountService.AUDIT_ACCOUNT, account.id, "linked-to-producer",
                producer.commune.province.code, null, AccountService.snapshot(account));
        directory.setAttributes(claim.accountId, Map.of("producer_id", claim.producerId.toString()));
        directory.addRole(claim.accountId, Roles.PRODUCER);
        directory.logout(claim.accountId);
        return claim;
    }

    /** Rejects with a reason the claimant sees. */
    @Transactional
    public ProducerClaim reject(UUID claimId, String reason) {
        if (blank(reason)) {
            throw DomainException.invalid("reason", "a reason is required");
        }
        ProducerClaim claim = decidable(claimId);
        Producer producer = producers.get(claim.producerId);
        Map<String, Object> before = snapshot(claim);
        decide(claim, ClaimStatus.REJECTED, reason);
        audit.record(AUDIT_CLAIM, claim.id, "rejected", producer.commune.province.code, before, snapshot(claim));
        return claim;
    }

    /** The producer's owner (or an officer over it) removes a staff account: unlinked, role taken, sessions ended. */
    @Transactional
    public void removeStaff(UUID producerId, UUID accountId) {
        Producer producer = producers.get(producerId);
        boolean owner = caller.current().isProducer(producerId)
                && accounts.findByIdOptional(accountService.self())
                .filter(a -> producerId.equals(a.producerId) && a.producerRole == ProducerRole.OWNER).isPresent();
        if (!owner) {
            if (caller.current().has(Roles.PRODUCER) && !caller.current().isNational()) {
                throw DomainException.refused("only the producer's owner account removes staff");
            }
            caller.current().requireLocation(producer.commune.code, producer.commune.province.code);
        }
        Account account = accounts.findByIdOptional(accountId)
                .filter(a -> producerId.equals(a.producerId))
                .orElseThrow(() -> DomainException.notFound("Account of producer " + producerId, accountId));
        if (account.producerRole != ProducerRole.STAFF) {
            throw DomainException.conflict("not-staff", "Only staff accounts are removed here");
        }
        Map<String, Object> before = AccountService.snapshot(account);
        account.producerId = null;
        account.producerRole = null;
        account.role = null;
        account.updatedAt = OffsetDateTime.now(clock);
        audit.record(AccountService.AUDIT_ACCOUNT, accountId, "removed-from-producer",
                producer.commune.province.code, before, AccountService.snapshot(account));
        Map<String, String> unset = new LinkedHashMap<>();
        unset.put("producer_id", null);
        directory.setAttributes(accountId, unset);
        directory.removeRole(accountId, Roles.PRODUCER);
        directory.logout(accountId);
    }

    private ProducerClaim decidable(UUID claimId) {
        ProducerClaim claim = claims.findByIdOptional(claimId)
                .orElseThrow(() -> DomainException.notFound("Claim", claimId));
        Producer producer = producers.get(claim.producerId);
        caller.current().requireLocation(producer.commune.code, producer.commune.province.code);
        if (claim.status != ClaimStatus.PENDING) {
            throw DomainException.conflict("claim-decided", "Claim " + claimId + " is already " + claim.status);
        }
        return claim;
    }

    private void decide(ProducerClaim claim, ClaimStatus status, String reason) {
        claim.status = status;
        claim.reason = reason;
        claim.decidedBy = caller.current().actor();
        claim.decidedAt = OffsetDateTime.now(clock);
        claim.updatedAt = claim.decidedAt;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Map<String, Object> snapshot(ProducerClaim c) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("producerId", c.producerId);
        map.put("accountId", c.accountId);
        map.put("username", c.username);
        map.put("producerRole", c.producerRole);
        map.put("status", c.status);
        map.put("reason", c.reason);
        return map;
    }
}
