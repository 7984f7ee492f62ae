package cn.kaifeng.tfs.shared.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String ID = "41020219900101123X";
    private static final String PURPOSE = "resident-id-number";

    private static byte[] key() {
        return Base64.getDecoder().decode(PersonalDataCipher.newKey());
    }

    @Test
    void aValueReadsBackButIsNotStoredInClear() {
        PersonalDataCipher cipher = new PersonalDataCipher(key(), List.of());
        String stored = cipher.encrypt(PURPOSE, ID);
        assertTrue(PersonalDataCipher.isEncrypted(stored));
        assertFalse(stored.contains("19900101"), stored);
        assertTrue(stored.length() <= 120, "fits the column: " + stored.length());
        assertEquals(ID, cipher.decrypt(PURPOSE, stored));
        assertNotEquals(stored, cipher.encrypt(PURPOSE, ID), "a fresh nonce each time: equal numbers look different");
    }

    @Test
    void anAlteredValueAnotherColumnsValueOrAnUnknownKeyIsRefused() {
        PersonalDataCipher cipher = new PersonalDataCipher(key(), List.of());
        String stored = cipher.encrypt(PURPOSE, ID);
        char[] chars = stored.toCharArray();
        int i = chars.length - 5;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(PURPOSE, new String(chars)));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("phone-number", stored));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(PURPOSE, ID), "clear text is no value");
        PersonalDataCipher other = new PersonalDataCipher(key(), List.of());
        assertThrows(IllegalStateException.class, () -> other.decrypt(PURPOSE, stored));
    }

    @Test
    void afterAKeyChangeOldValuesStillRead() {
        byte[] old = key();
        String before = new PersonalDataCipher(old, List.of()).encrypt(PURPOSE, ID);
        PersonalDataCipher rotated = new PersonalDataCipher(key(), List.of(old));
        assertEquals(ID, rotated.decrypt(PURPOSE, before));
        String after = rotated.encrypt(PURPOSE, ID);
        assertNotEquals(before.substring(0, 13), after.substring(0, 13), "new values name the new key");
        assertThrows(IllegalArgumentException.class, () -> new PersonalDataCipher(new byte[16], List.of()));
    }
}
