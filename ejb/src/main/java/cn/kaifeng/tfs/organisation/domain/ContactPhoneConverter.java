package cn.kaifeng.tfs.organisation.domain;

import cn.kaifeng.tfs.shared.infra.EncryptedTextConverter;
import jakarta.persistence.Converter;

/** The phone number of an applicant's contact person (PIPL personal information), stored encrypted. */
@Converter
public class ContactPhoneConverter extends EncryptedTextConverter {

    public static final String PURPOSE = "profile-contact-phone";

    public ContactPhoneConverter() {
        super(PURPOSE);
    }
}
