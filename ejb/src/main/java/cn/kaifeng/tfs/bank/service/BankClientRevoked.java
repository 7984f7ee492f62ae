package cn.kaifeng.tfs.bank.service;

/** A bank client's credentials were revoked (fired in the revoking transaction, observed once it committed). */
public record BankClientRevoked(String clientId) {}
