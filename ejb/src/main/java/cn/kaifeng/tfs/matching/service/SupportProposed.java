package cn.kaifeng.tfs.matching.service;

import java.time.Instant;

/** The bureau proposed a program's support, without application, to an organisation, which is to confirm it. */
public record SupportProposed(long organisationId, String programCode, Instant at) {}
