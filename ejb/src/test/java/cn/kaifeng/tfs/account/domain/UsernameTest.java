package cn.kaifeng.tfs.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaifeng.tfs.shared.domain.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsernameTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({"Zhang.San, zhang.san", "' demo.admin ', demo.admin", "abc, abc", "a_b-c.9, a_b-c.9"})
    void foldsCaseAndTrims(String raw, String expected) {
        assertEquals(expected, Username.normalise(raw));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ab                                | username.length",
                "abcdefghijabcdefghijabcdefghijabc | username.length",
                "9abc                              | username.characters",
                "张三丰 | username.characters",
                "zhang san                         | username.characters",
                "'  '                              | username.required",
                "admin'--                          | username.characters",
                "system                            | username.reserved",
                "SYSTEM                            | username.reserved",
                "public                            | username.reserved",
                "demo-data                         | username.reserved",
                "retention                         | username.reserved",
                "BC-DEMODEMODEMO                   | username.reserved",
            })
    void refusesWithAReason(String raw, String reason) {
        assertEquals(
                reason,
                assertThrows(DomainException.class, () -> Username.normalise(raw))
                        .messageKey());
    }
}
