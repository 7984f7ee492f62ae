package cn.kaifeng.tfs.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaifeng.tfs.letter.domain.ChineseAmount;
import cn.kaifeng.tfs.shared.domain.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 大写金额 as finance documents write them, including every place a zero can fall. */
class ChineseAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "0, 零元整",
        "0.05, 伍分",
        "0.50, 伍角",
        "1, 壹元整",
        "10, 壹拾元整",
        "15, 壹拾伍元整",
        "100, 壹佰元整",
        "105, 壹佰零伍元整",
        "1000, 壹仟元整",
        "1001, 壹仟零壹元整",
        "1010, 壹仟零壹拾元整",
        "1100, 壹仟壹佰元整",
        "10000, 壹万元整",
        "10001, 壹万零壹元整",
        "100050, 壹拾万零伍拾元整",
        "1000000, 壹佰万元整",
        "1000001, 壹佰万零壹元整",
        "1200000, 壹佰贰拾万元整",
        "2000000, 贰佰万元整",
        "10010000, 壹仟零壹万元整",
        "12000345, 壹仟贰佰万零叁佰肆拾伍元整",
        "100000000, 壹亿元整",
        "100001000, 壹亿零壹仟元整",
        "105000000, 壹亿零伍佰万元整",
        "123456789.12, 壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分",
        "1680.32, 壹仟陆佰捌拾元叁角贰分",
        "3.52, 叁元伍角贰分",
        "3.02, 叁元零贰分",
        "3.50, 叁元伍角",
        "999999999999.99, 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
    })
    void writesCapitalNumerals(String yuan, String words) {
        assertEquals(words, ChineseAmount.of(Money.ofYuan(yuan)));
    }
}
