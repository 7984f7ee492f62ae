package cn.kaifeng.tfs.letter.batch;

import cn.kaifeng.tfs.letter.service.LetterRoundService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Issues the letters of a chunk, each in its own transaction (see {@link LetterRoundService#issueItem}), then says the
 * job is alive. A letter refused for a business reason is held back with it; any other exception (the database
 * gone) stops the job, and the round, unfinished, is resumed later.
 */
@Dependent
@Named("letterRoundWriter")
public class RoundWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "roundId")
    private String roundId;

    @Inject
    private LetterRoundService rounds;

    @Override
    public void writeItems(List<Object> items) {
        long round = Long.parseLong(roundId);
        for (Object item : items) {
            try {
                rounds.issueItem(round, (Long) item);
            } catch (DomainException refused) {
                // this letter cannot be issued as things stand: set it aside with the reason, go on with the rest
                rounds.hold(round, (Long) item, refused.messageKey());
            }
        }
        rounds.beat(round);
    }
}
