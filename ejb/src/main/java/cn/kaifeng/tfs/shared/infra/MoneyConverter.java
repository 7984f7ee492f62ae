package cn.kaifeng.tfs.shared.infra;

import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Money is a NUMERIC(15,2) column of yuan. */
@Converter(autoApply = true)
public class MoneyConverter implements AttributeConverter<Money, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(Money money) {
        return money == null ? null : money.yuan();
    }

    @Override
    public Money convertToEntityAttribute(BigDecimal yuan) {
        return yuan == null ? null : Money.ofYuan(yuan);
    }
}
