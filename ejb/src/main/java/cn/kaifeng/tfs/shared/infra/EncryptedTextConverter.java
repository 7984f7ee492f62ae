package cn.kaifeng.tfs.shared.infra;

import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;

/**
 * Stores a piece of personal text (a phone number or e-mail address given as contact) encrypted, one subclass per
 * column so that each column is its own purpose (a value copied into another column does not decrypt there). A value
 * written before the column was encrypted reads as it is, until start-up work (such as ObjectionContactSweep) or the next
 * change encrypts it.
 */
public abstract class EncryptedTextConverter implements AttributeConverter<String, String> {

    @Inject
    private PersonalDataKeys keys;

    private final String purpose;

    protected EncryptedTextConverter(String purpose) {
        this.purpose = purpose;
    }

    @Override
    public String convertToDatabaseColumn(String text) {
        return text == null ? null : keys.cipher().encrypt(purpose, text);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        if (stored == null || !PersonalDataCipher.isEncrypted(stored)) {
            return stored;
        }
        return keys.cipher().decrypt(purpose, stored);
    }
}
