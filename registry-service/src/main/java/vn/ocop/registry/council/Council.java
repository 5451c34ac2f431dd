package vn.ocop.registry.council;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import vn.ocop.registry.platform.persistence.TrackedEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An evaluation council (hội đồng) of a province, or the national one, with its members and one chair. */
@Entity
public class Council extends TrackedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public CouncilLevel level;

    /** Null for the national council. */
    @Column(name = "province_code")
    public String provinceCode;

    public String name;

    @OneToMany(mappedBy = "council", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("chair desc, fullName")
    public List<CouncilMember> members = new ArrayList<>();

    public Optional<CouncilMember> member(UUID memberId) {
        return members.stream().filter(m -> m.id.equals(memberId)).findFirst();
    }

    public Optional<CouncilMember> memberWithSubject(String subject) {
        return members.stream().filter(m -> m.subject.equals(subject)).findFirst();
    }
}
