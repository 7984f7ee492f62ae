package cn.kaifeng.tfs.shared.infra;

import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import java.util.function.Function;

/**
 * Stores a piece of personal text (a phone number or e-mail address given as contact) encrypted. Each column has
 * its own value type and its own subclass, applied automatically to that type, so that each column is its own
 * purpose (a value copied into another column does not decrypt there) and the entity names only its domain type. A
 * value written before the column was encrypted reads as it is, until start-up work (such as ObjectionContactSweep)
 * or the next change encrypts it.
 */
public abstract class EncryptedTextConverter<T> implements AttributeConverter<T, String> {

    @Inject
    private PersonalDataKeys keys;

    private final String purpose;
    private final Function<T, String> text;
    private final Function<String, T> value;

    protected EncryptedTextConverter(String purpose, Function<T, String> text, Function<String, T> value) {
        this.purpose = purpose;
        this.text = text;
        this.value = value;
    }

    @Override
    public String convertToDatabaseColumn(T attribute) {
        return attribute == null ? null : keys.cipher().encrypt(purpose, text.apply(attribute));
    }

    @Override
    public T convertToEntityAttribute(String stored) {
        if (stored == null) {
            return null;
        }
        return value.apply(
                PersonalDataCipher.isEncrypted(stored) ? keys.cipher().decrypt(purpose, stored) : stored);
    }
}
