package cn.kaifeng.tfs.payment.infra;

import cn.kaifeng.tfs.payment.domain.AccountNumber;
import cn.kaifeng.tfs.shared.infra.EncryptedTextConverter;
import jakarta.persistence.Converter;

/** A payee's bank account number, stored encrypted, both on the account and on each payment filed with it. */
@Converter(autoApply = true)
public class AccountNumberConverter extends EncryptedTextConverter<AccountNumber> {

    public static final String PURPOSE = "payee-account-number";

    public AccountNumberConverter() {
        super(PURPOSE, AccountNumber::digits, AccountNumber::new);
    }
}
