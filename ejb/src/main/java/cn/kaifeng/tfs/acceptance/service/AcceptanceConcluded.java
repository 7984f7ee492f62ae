package cn.kaifeng.tfs.acceptance.service;

import cn.kaifeng.tfs.acceptance.domain.Conclusion;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A reviewer confirmed an acceptance's conclusion (通过, 限期整改 or 不通过). Fired in the transaction that stored it
 * (after a pass has made the acceptance tranche fall due, after a failure has opened its recovery order), so that
 * what issues the conclusion letter (验收结论) can do so without the acceptance knowing about letters.
 *
 * @param applicationId the award's application
 * @param conclusion the conclusion confirmed
 * @param concludedOn the day of the conclusion, a Beijing date as letters are dated
 * @param panelScore the panel's score out of 100, two decimals
 */
public record AcceptanceConcluded(
        long applicationId, Conclusion conclusion, LocalDate concludedOn, BigDecimal panelScore) {}
