package cn.kaifeng.tfs.letter.batch;

import cn.kaifeng.tfs.letter.service.LetterRoundService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Marks the round finished when its job ends with nothing pending. */
@Dependent
@Named("letterRoundListener")
public class RoundListener extends AbstractJobListener {

    @Inject
    @BatchProperty(name = "roundId")
    private String roundId;

    @Inject
    private LetterRoundService rounds;

    @Override
    public void beforeJob() {
        rounds.beat(Long.parseLong(roundId));
    }

    @Override
    public void afterJob() {
        rounds.finishIfDone(Long.parseLong(roundId));
    }
}
