package cn.kaifeng.tfs.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** What the platform knows of an expert for panels: the employer (for conflicts) and the technology fields. */
@Entity
@Table(name = "expert_profile")
public class ExpertProfile {

    @Id
    @Column(length = 32)
    private String username;

    @Column(nullable = false, length = 200)
    private String employer;

    /** Comma-separated field codes, as the programs name them (XR, DIGITAL_TWIN, ...). */
    @Column(name = "tech_fields", nullable = false, length = 500)
    private String techFields;

    protected ExpertProfile() {
        // for JPA
    }

    public ExpertProfile(String username, String employer, List<String> techFields) {
        this.username = Objects.requireNonNull(username);
        this.employer = Objects.requireNonNull(employer);
        this.techFields = String.join(",", techFields);
    }

    public String username() {
        return username;
    }

    public String employer() {
        return employer;
    }

    public List<String> techFields() {
        return techFields.isBlank() ? List.of() : Arrays.asList(techFields.split(","));
    }
}
