package cn.kaifeng.tfs.letter.batch;

import cn.kaifeng.tfs.letter.service.LetterRoundService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads the applications of the round still pending when the step opens. A restarted or resumed job reads again
 * from the database rather than from a checkpoint, so whatever was issued before is simply not there any more.
 */
@Dependent
@Named("letterRoundReader")
public class RoundReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "roundId")
    private String roundId;

    @Inject
    private LetterRoundService rounds;

    private Iterator<Long> pending;

    @Override
    public void open(Serializable checkpoint) {
        pending = rounds.pending(Long.parseLong(roundId)).iterator();
    }

    @Override
    public Object readItem() {
        return pending.hasNext() ? pending.next() : null;
    }
}
