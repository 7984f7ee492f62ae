package cn.kaifeng.tfs.matching.service;

import cn.kaifeng.tfs.matching.domain.Verdict;
import java.time.Instant;

/**
 * An organisation was found to (likely or possibly) qualify for a program version for the first time. Fired once per
 * organisation and version, in the transaction that stored the notice key, so a rolled-back run tells nobody.
 */
public record ProgramMatched(
        long organisationId, String programCode, int programVersion, Verdict verdict, Instant at) {}
