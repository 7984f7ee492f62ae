package cn.kaifeng.tfs.organisation.domain;

import cn.kaifeng.tfs.shared.domain.ResidentIdNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A member of a talent team as its profile records them. The ID number is stored encrypted and leaves this class
 * only masked ({@link #view()}, {@link #snapshot()}): no page, export, log or application copy shows it whole.
 */
@Embeddable
public class TeamMember {

    /** 最高学历. */
    public enum Education {
        DOCTORATE,
        MASTER,
        BACHELOR,
        JUNIOR_COLLEGE,
        OTHER
    }

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "team_role", nullable = false, length = 50)
    private String role;

    @Column(length = 50)
    private String title;

    @Column(length = 200)
    private String employer;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Education education;

    @Column(name = "id_number", nullable = false, length = 120)
    private ResidentIdNumber idNumber;

    protected TeamMember() {
        // for JPA
    }

    TeamMember(String name, String role, String title, String employer, Education education, ResidentIdNumber id) {
        this.name = name;
        this.role = role;
        this.title = title;
        this.employer = employer;
        this.education = education;
        this.idNumber = Objects.requireNonNull(id);
    }

    /** What a page shows and edits of a member: everything but the ID number, which is shown masked. */
    public record View(
            String name, String role, String title, String employer, Education education, String maskedIdNumber) {}

    public View view() {
        return new View(name, role, title, employer, education, idNumber.masked());
    }

    ResidentIdNumber idNumber() {
        return idNumber;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("role", role);
        s.put("title", title);
        s.put("employer", employer);
        s.put("education", education == null ? null : education.name());
        s.put("idNumber", idNumber.masked());
        return s;
    }
}
