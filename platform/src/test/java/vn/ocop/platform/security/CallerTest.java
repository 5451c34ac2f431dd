package vn.ocop.platform.security;

import io.quarkus.security.UnauthorizedException;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.Roles;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {

    private static final UUID OWN = UUID.fromString("5f0c6a2e-3b1d-4c8e-9a7f-0d2b4e6a8c10");
    private static final UUID OTHER = UUID.fromString("0b9e7d5c-3a1f-4e2d-8c6b-4a2f0e8d6c4b");

    @Test
    void shouldLetAProducerActForItsOwnProducerOnly() {
        Caller producer = caller(Roles.PRODUCER, OWN, null, null);

        assertThat(producer.actsFor(OWN)).isTrue();
        assertThat(producer.actsFor(OTHER)).isFalse();
        assertThat(producer.actsFor(null)).isFalse();
        assertThat(producer.covers(OWN, "05908", "19")).isTrue();
        assertThat(producer.covers(OTHER, "05908", "19")).isFalse();
        assertThatCode(() -> producer.requireProducer(OWN, "05908", "19")).doesNotThrowAnyException();
        assertThatThrownBy(() -> producer.requireProducer(OTHER, "05908", "19")).isInstanceOf(DomainException.class)
                .hasMessageContaining("outside the caller's area");
    }

    @Test
    void shouldNotLetAProducerIdClaimActWithoutTheProducerRole() {
        Caller officer = caller(Roles.COMMUNE_OFFICER, OWN, "05908", null);

        assertThat(officer.actsFor(OWN)).isFalse();
        assertThat(officer.isProducer(OWN)).isFalse();
    }

    @Test
    void shouldLetAdminsActForEveryProducerButNotTheMinistry() {
        assertThat(caller(Roles.ADMIN, null, null, null).actsFor(OTHER)).isTrue();
        assertThat(caller(Roles.MINISTRY, null, null, null).actsFor(OTHER)).isFalse();
    }

    @Test
    void shouldScopeOfficersToTheirCommuneOrProvince() {
        Caller commune = caller(Roles.COMMUNE_OFFICER, null, "05908", null);
        Caller province = caller(Roles.PROVINCE_ADMIN, null, null, "19");

        assertThat(commune.officerCovers("05908", "19")).isTrue();
        assertThat(commune.officerCovers("00001", "19")).isFalse();
        assertThat(province.officerCovers("00001", "19")).isTrue();
        assertThat(province.officerCovers("05908", "20")).isFalse();
        assertThat(province.covers(OTHER, "00001", "19")).isTrue();
        assertThatThrownBy(() -> province.requireLocation("05908", "20")).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(403));
    }

    @Test
    void shouldGiveNoOfficerScopeToAMissingClaimOrAnotherRole() {
        assertThat(caller(Roles.COMMUNE_OFFICER, null, null, null).officerCovers(null, null)).isFalse();
        assertThat(caller(Roles.PROVINCE_ADMIN, null, "05908", null).officerCovers("05908", "19")).isFalse();
        assertThat(caller(Roles.COMMUNE_OFFICER, null, null, "19").coversPlace("05908", "19")).isFalse();
    }

    @Test
    void shouldLetNationalRolesActEverywhereAndTheMinistryAsOfficer() {
        Caller ministry = caller(Roles.MINISTRY, null, null, null);
        Caller admin = caller(Roles.ADMIN, null, null, null);

        assertThat(ministry.isNational()).isTrue();
        assertThat(admin.isNational()).isTrue();
        assertThat(ministry.officerCovers("05908", "19")).isTrue();
        assertThat(admin.officerCovers("05908", "19")).isFalse();
        assertThat(admin.coversPlace("05908", "19")).isTrue();
        assertThat(admin.covers(OTHER, "05908", "19")).isTrue();
    }

    @Test
    void shouldRecogniseNationalCouncilStaffByTheirProvinceClaim() {
        assertThat(caller(Roles.COUNCIL_MEMBER, null, null, Caller.NATIONAL).hasNationalProvinceScope()).isTrue();
        assertThat(caller(Roles.COUNCIL_MEMBER, null, null, "19").hasNationalProvinceScope()).isFalse();
    }

    @Test
    void shouldTreatOnlyPartyRolesWithAnOrganisationAsParties() {
        assertThat(new Caller("p", "p", "p", Set.of(Roles.PROCESSOR), null, null, null, null, "org-1").isParty())
                .isTrue();
        assertThat(new Caller("p", "p", "p", Set.of(Roles.PROCESSOR), null, null, null, null, null).isParty())
                .isFalse();
        assertThat(new Caller("p", "p", "p", Set.of(Roles.PRODUCER), OWN, null, null, null, "org-1").isParty())
                .isFalse();
    }

    @Test
    void shouldRefuseTheAnonymousCallerWith401AndAnotherRoleWith403() {
        Caller anonymous = Caller.anonymous();

        assertThat(anonymous.isAnonymous()).isTrue();
        assertThat(anonymous.actor()).isEqualTo("anonymous");
        assertThat(anonymous.covers(OWN, "05908", "19")).isFalse();
        assertThatThrownBy(() -> anonymous.requireRole(Roles.ADMIN)).isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> caller(Roles.PRODUCER, OWN, null, null).requireRole(Roles.ADMIN))
                .isInstanceOf(DomainException.class).hasMessageContaining("role admin required");
        assertThatCode(() -> caller(Roles.ADMIN, null, null, null).requireRole(Roles.ADMIN))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldFindTheScopeClaimAScopedRoleLacks() {
        assertThat(ScopeClaims.missing(Set.of(Roles.COUNCIL_MEMBER), Map.<String, String>of()::get))
                .contains(new FieldError("province_code", "is required for the role council-member"));
        assertThat(ScopeClaims.missing(Set.of(Roles.RETAILER), Map.of("organisation_id", "  ")::get))
                .map(FieldError::field).contains("organisation_id");
        assertThat(ScopeClaims.missing(Set.of(Roles.COMMUNE_OFFICER), Map.of("commune_code", "05908")::get)).isEmpty();
        assertThat(ScopeClaims.missing(Set.of(Roles.ADMIN, Roles.MINISTRY), Map.<String, String>of()::get)).isEmpty();
    }

    @Test
    void shouldRequireTheProducerIdToBeAUuid() {
        assertThat(ScopeClaims.missing(Set.of(Roles.PRODUCER), Map.of("producer_id", "not-a-uuid")::get))
                .map(FieldError::field).contains("producer_id");
        assertThat(ScopeClaims.missing(Set.of(Roles.PRODUCER), Map.of("producer_id", "1-2-3-4-5")::get))
                .isPresent();
        assertThat(ScopeClaims.missing(Set.of(Roles.PRODUCER), Map.of("producer_id", OWN.toString())::get)).isEmpty();
        assertThat(ScopeClaims.refusal(new FieldError("producer_id", "is required for the role producer")))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("missing-scope");
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("producer_id");
                });
    }

    private static Caller caller(String role, UUID producerId, String commune, String province) {
        return new Caller("someone", "someone", "someone", Set.of(role), producerId, null, commune, province, null);
    }
}
