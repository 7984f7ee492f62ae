package cn.kaifeng.tfs.it;

import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid data for tests that create things, so that tests never depend on each other's leftovers. */
public final class TestData {

    private TestData() {}

    /** A unique login name. */
    public static String username(String prefix) {
        return prefix + "." + Long.toString(System.nanoTime(), 36)
                + ThreadLocalRandom.current().nextInt(100);
    }

    /** A credit code with a valid check character, in Kaifeng (410200), unlikely to repeat within a run. */
    public static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("91410200");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString()))
                .toString();
    }
}
