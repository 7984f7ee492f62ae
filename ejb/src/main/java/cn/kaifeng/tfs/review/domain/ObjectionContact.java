package cn.kaifeng.tfs.review.domain;

import java.util.Objects;

/**
 * The contact (phone or e-mail) an objector leaves, as typed. A type of its own so that the column is stored
 * encrypted under its own purpose (review.infra.ObjectionContactConverter).
 */
public record ObjectionContact(String text) {

    public ObjectionContact {
        Objects.requireNonNull(text, "text");
    }
}
