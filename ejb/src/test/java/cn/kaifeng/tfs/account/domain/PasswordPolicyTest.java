package cn.kaifeng.tfs.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "\"{0}\" for {1} -> [{2}]")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "Demo#Kaifeng2026      | demo.admin  | ",
                "correct-Horse-battery | zhang.san   | ",
                "Abcdefgh12            | zhang.san   | ",
                "abcdefgh12            | zhang.san   | password.classes",
                "Abc#12                | zhang.san   | password.tooShort",
                "abc                   | zhang.san   | password.tooShort password.classes",
                "Zhang.San#2026        | zhang.san   | password.containsUsername",
                "Password123!          | zhang.san   | password.wellKnown",
                "开封元宇宙产业发展Ab1开封元宇宙产业发展Ab1开封元宇宙 | zhang.san | password.tooLong",
                "NULL                  | zhang.san   | password.tooShort",
            })
    void reportsEveryBrokenRule(String password, String username, String expected) {
        List<String> want =
                expected == null ? List.of() : Arrays.asList(expected.trim().split(" "));
        assertEquals(want, PasswordPolicy.violations(password, username));
    }
}
