package cn.kaifeng.tfs.letter.batch;

import cn.kaifeng.tfs.letter.service.LetterRounds;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Issues the letters of a chunk, each in its own transaction (see {@link LetterRounds#issueItem}), then says the
 * job is alive. An exception stops the job: the round stays unfinished and is resumed later.
 */
@Dependent
@Named("letterRoundWriter")
public class RoundWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "roundId")
    private String roundId;

    @Inject
    private LetterRounds rounds;

    @Override
    public void writeItems(List<Object> items) {
        long round = Long.parseLong(roundId);
        for (Object item : items) {
            rounds.issueItem(round, (Long) item);
        }
        rounds.beat(round);
    }
}
