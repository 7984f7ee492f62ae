package cn.kaifeng.tfs.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A bcrypt hash as the server's jdbc-realm reads it: Base64 hash, Base64 salt, and the cost, kept per user
 * so the cost can be raised for new passwords without locking anyone out.
 */
@Embeddable
public class StoredPassword {

    @Column(name = "password_hash", nullable = false, length = 64)
    private String hash;

    @Column(name = "password_salt", nullable = false, length = 32)
    private String salt;

    @Column(name = "password_cost", nullable = false)
    private int cost;

    protected StoredPassword() {
        // for JPA
    }

    public StoredPassword(String hash, String salt, int cost) {
        this.hash = Objects.requireNonNull(hash);
        this.salt = Objects.requireNonNull(salt);
        this.cost = cost;
    }

    public String hash() {
        return hash;
    }

    public String salt() {
        return salt;
    }

    public int cost() {
        return cost;
    }
}
