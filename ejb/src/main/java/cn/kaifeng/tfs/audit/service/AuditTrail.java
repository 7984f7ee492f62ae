package cn.kaifeng.tfs.audit.service;

import cn.kaifeng.tfs.audit.domain.AuditChain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Chaining everything waiting, and verifying the whole chain: what the schedule, the admin page and the API use. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    private AuditChainer chainer;

    public void chainAll() {
        while (chainer.chainBatch() == AuditChainer.BATCH) {
            // a full batch: more may be waiting
        }
    }

    /** Chains what is waiting, then checks the whole chain. */
    public AuditChain.Verdict verify() {
        chainAll();
        return chainer.verifyChained();
    }
}
