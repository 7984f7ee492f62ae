package cn.kaifeng.tfs.casefile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The last number given for a prefix in a year; locked while the next one is taken. */
@Entity
@Table(name = "number_counter")
@IdClass(NumberCounter.Key.class)
public class NumberCounter {

    /** Composite key (prefix, year). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String prefix;
        private int year;

        public Key() {
            // for JPA
        }

        public Key(String prefix, int year) {
            this.prefix = prefix;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.year == year && java.util.Objects.equals(k.prefix, prefix);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(prefix, year);
        }
    }

    @Id
    @Column(length = 64)
    private String prefix;

    @Id
    @Column(name = "counter_year")
    private int year;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected NumberCounter() {
        // for JPA
    }

    public NumberCounter(String prefix, int year) {
        this.prefix = prefix;
        this.year = year;
    }

    /** The next number; the caller holds the row lock. */
    public int next() {
        return ++lastValue;
    }
}
