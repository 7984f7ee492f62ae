package cn.kaifeng.tfs.shared.infra;

import cn.kaifeng.tfs.shared.domain.ResidentIdNumber;
import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an ID number encrypted (PIPL: personal information at rest). Reading it back decrypts and re-verifies it,
 * so an altered row fails instead of passing as some other person's number.
 */
@Converter(autoApply = true)
public class ResidentIdNumberConverter implements AttributeConverter<ResidentIdNumber, String> {

    static final String PURPOSE = "resident-id-number";

    @Inject
    private PersonalDataKeys keys;

    @Override
    public String convertToDatabaseColumn(ResidentIdNumber id) {
        return id == null ? null : keys.cipher().encrypt(PURPOSE, id.value());
    }

    @Override
    public ResidentIdNumber convertToEntityAttribute(String stored) {
        return stored == null ? null : ResidentIdNumber.of(keys.cipher().decrypt(PURPOSE, stored));
    }
}
