package cn.kaifeng.tfs.organisation.domain;

import java.util.Objects;

/**
 * The phone number of an applicant organisation's contact person, as stored (digits). A type of its own so that
 * the column is stored encrypted under its own purpose (organisation.infra.ContactPhoneConverter).
 */
public record ContactPhone(String digits) {

    public ContactPhone {
        Objects.requireNonNull(digits, "digits");
    }
}
