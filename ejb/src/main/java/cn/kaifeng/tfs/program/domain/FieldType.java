package cn.kaifeng.tfs.program.domain;

/** The kinds of application form fields a definition can ask for. */
public enum FieldType {
    TEXT,
    NUMBER,
    MONEY,
    PERCENTAGE,
    DATE,
    BOOLEAN,
    CHOICE,
    MULTI_CHOICE,
    FILE,
    /** A repeated group of fields, e.g. team members or patents. */
    GROUP;

    public boolean numeric() {
        return this == NUMBER || this == MONEY || this == PERCENTAGE;
    }
}
