package cn.kaifeng.tfs.organisation.infra;

import cn.kaifeng.tfs.organisation.domain.ContactPhone;
import cn.kaifeng.tfs.shared.infra.EncryptedTextConverter;
import jakarta.persistence.Converter;

/** The phone number of an applicant's contact person (PIPL personal information), stored encrypted. */
@Converter(autoApply = true)
public class ContactPhoneConverter extends EncryptedTextConverter<ContactPhone> {

    public static final String PURPOSE = "profile-contact-phone";

    public ContactPhoneConverter() {
        super(PURPOSE, ContactPhone::digits, ContactPhone::new);
    }
}
