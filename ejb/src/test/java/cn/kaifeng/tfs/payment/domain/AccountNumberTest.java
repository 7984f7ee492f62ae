package cn.kaifeng.tfs.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountNumberTest {

    @ParameterizedTest
    @CsvSource({
        "6222021234567891234, 6222 **** **** 1234",
        "'6222 0212 3456 7891 234', 6222 **** **** 1234",
        "4100-1234-5678, 4100 **** **** 5678",
        "123456789, 1234 **** **** 6789"
    })
    void aNumberIsKeptAsDigitsAndShownMasked(String typed, String masked) {
        AccountNumber number = new AccountNumber(typed);
        assertEquals(masked, number.masked());
        assertEquals(masked, number.toString(), "never the number in a log line");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "12345678",
                "12345678901234567890123456",
                "6222O21234567891234",
                "=cmd|' /C calc'!A0",
                "６２２２０２１２３４５６７８"
            })
    void otherTextIsRefused(String typed) {
        assertEquals(
                "payee.numberFormat",
                assertThrows(DomainException.class, () -> new AccountNumber(typed))
                        .messageKey());
    }

    @ParameterizedTest
    @CsvSource({"'', payee.holderRequired", "'甲', payee.holderRequired", "'a\tb', payee.holderRequired"})
    void theHolderNameIsRequiredAndPrintable(String holder, String key) {
        assertEquals(
                key,
                assertThrows(
                                DomainException.class,
                                () -> new PayeeAccount(
                                        1,
                                        holder,
                                        "中国银行开封分行",
                                        new AccountNumber("6222021234567891234"),
                                        "u",
                                        Instant.EPOCH))
                        .messageKey());
    }
}
