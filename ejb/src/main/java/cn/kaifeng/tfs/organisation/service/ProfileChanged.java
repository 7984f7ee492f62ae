package cn.kaifeng.tfs.organisation.service;

import java.time.Instant;

/**
 * An organisation's profile was saved. Observed after the change commits by matching, which runs the open programs
 * against that one organisation again (a rolled-back change matches nothing).
 */
public record ProfileChanged(long organisationId, Instant at) {}
