package cn.kaifeng.tfs.shared.infra;

import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a credit code as its 18 characters; reading it back re-verifies it, so a corrupted row cannot pass as valid. */
@Converter(autoApply = true)
public class UnifiedSocialCreditCodeConverter implements AttributeConverter<UnifiedSocialCreditCode, String> {

    @Override
    public String convertToDatabaseColumn(UnifiedSocialCreditCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public UnifiedSocialCreditCode convertToEntityAttribute(String value) {
        return value == null ? null : UnifiedSocialCreditCode.of(value);
    }
}
