package cn.kaifeng.tfs.review.domain;

import cn.kaifeng.tfs.shared.infra.EncryptedTextConverter;
import jakarta.persistence.Converter;

/** The contact an objector leaves (phone or e-mail, PIPL personal information), stored encrypted. */
@Converter
public class ObjectionContactConverter extends EncryptedTextConverter {

    public static final String PURPOSE = "objection-contact";

    public ObjectionContactConverter() {
        super(PURPOSE);
    }
}
