package cn.kaifeng.tfs.account.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.account.domain.StoredPassword;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesAreSaltedAndVerify() {
        StoredPassword first = hasher.hash("Demo#Kaifeng2026");
        StoredPassword second = hasher.hash("Demo#Kaifeng2026");
        assertNotEquals(first.salt(), second.salt(), "every hash has its own salt");
        assertNotEquals(first.hash(), second.hash());
        assertTrue(hasher.matches("Demo#Kaifeng2026", first));
        assertTrue(hasher.matches("Demo#Kaifeng2026", second));
        assertFalse(hasher.matches("demo#kaifeng2026", first));
        assertFalse(hasher.matches("", first));
    }

    @Test
    void storedFormFitsTheColumnsTheRealmReads() {
        StoredPassword stored = hasher.hash("开封元宇宙#Ab1");
        assertEquals(PasswordHasher.COST, stored.cost());
        assertEquals(16, Base64.getDecoder().decode(stored.salt()).length);
        assertEquals(23, Base64.getDecoder().decode(stored.hash()).length);
        assertTrue(stored.hash().length() <= 64 && stored.salt().length() <= 32);
        assertTrue(hasher.matches("开封元宇宙#Ab1", stored));
    }
}
