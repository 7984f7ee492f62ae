package cn.kaifeng.tfs.account.domain;

import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who logs in. Holds one or more roles, each allowed for the kind of organisation the person belongs
 * to (an expert belongs to none). The server's realm reads the same row to authenticate.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
        name = "UserAccount.byUsername",
        query = "SELECT u FROM UserAccount u LEFT JOIN FETCH u.organisation WHERE u.username = :username")
public class UserAccount {

    public static final int DISPLAY_NAME_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = Username.MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Embedded
    private StoredPassword password;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(
            String username,
            String displayName,
            Set<Role> roles,
            Organisation organisation,
            StoredPassword password,
            Instant createdAt) {
        this.username = Username.normalise(username);
        this.displayName = requireDisplayName(displayName);
        if (roles == null || roles.isEmpty()) {
            throw new DomainException("account.roleRequired");
        }
        OrganisationKind kind = organisation == null ? null : organisation.kind();
        for (Role role : roles) {
            if (!role.allowedFor(kind)) {
                throw new DomainException("account.roleNotForOrganisation", role.name());
            }
        }
        this.roles = EnumSet.copyOf(roles);
        this.organisation = organisation;
        this.password = Objects.requireNonNull(password, "password");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.enabled = true;
    }

    private static String requireDisplayName(String displayName) {
        String n = displayName == null ? "" : displayName.strip();
        if (n.isEmpty()) {
            throw new DomainException("account.displayNameRequired");
        }
        if (n.length() > DISPLAY_NAME_MAX) {
            throw new DomainException("account.displayNameTooLong", DISPLAY_NAME_MAX);
        }
        return n;
    }

    public void changePassword(StoredPassword newPassword) {
        this.password = Objects.requireNonNull(newPassword);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Organisation organisation() {
        return organisation;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    StoredPassword password() {
        return password;
    }
}
