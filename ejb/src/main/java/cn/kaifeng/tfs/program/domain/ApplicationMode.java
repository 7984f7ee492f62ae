package cn.kaifeng.tfs.program.domain;

/**
 * How an organisation comes to a program's support ({@code mode:} in a definition). Most programs need an
 * application; a formula program whose every required fact the profile states may grant without one (免申即享):
 * the bureau proposes the amount to each qualifying organisation, which only confirms.
 */
public enum ApplicationMode {
    /** {@code application} (the default): the organisation applies. */
    APPLICATION("application"),
    /** {@code no-application}: the bureau proposes, the organisation confirms or declines. */
    NO_APPLICATION("no-application");

    private final String code;

    ApplicationMode(String code) {
        this.code = code;
    }

    /** The word a definition file uses. */
    public String code() {
        return code;
    }

    public static java.util.Optional<ApplicationMode> ofCode(String code) {
        return java.util.Arrays.stream(values())
                .filter(m -> m.code.equals(code))
                .findFirst();
    }
}
