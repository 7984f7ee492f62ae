package cn.kaifeng.tfs.review.infra;

import cn.kaifeng.tfs.review.domain.ObjectionContact;
import cn.kaifeng.tfs.shared.infra.EncryptedTextConverter;
import jakarta.persistence.Converter;

/** The contact an objector leaves (phone or e-mail, PIPL personal information), stored encrypted. */
@Converter(autoApply = true)
public class ObjectionContactConverter extends EncryptedTextConverter<ObjectionContact> {

    public static final String PURPOSE = "objection-contact";

    public ObjectionContactConverter() {
        super(PURPOSE, ObjectionContact::text, ObjectionContact::new);
    }
}
