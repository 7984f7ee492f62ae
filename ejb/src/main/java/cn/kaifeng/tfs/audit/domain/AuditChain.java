package cn.kaifeng.tfs.audit.domain;

import cn.kaifeng.tfs.shared.domain.Sha256;
import java.util.Iterator;

/**
 * The hash chain's rules, in plain Java: what a record's hash covers, and how a chain is verified. Each field is
 * length-prefixed before hashing, so no two different records can produce the same input by moving text from one
 * field to the next.
 */
public final class AuditChain {

    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    public static String hash(AuditRecord r) {
        StringBuilder in = new StringBuilder();
        for (Object field : new Object[] {
            r.chainSeq(), r.prevHash(), r.id(), r.at(), r.actor(), r.action(), r.subject(), r.before(), r.after()
        }) {
            String text = field == null ? "" : field.toString();
            in.append(field == null ? -1 : text.length())
                    .append(':')
                    .append(text)
                    .append('\n');
        }
        return Sha256.hex(in.toString());
    }

    /**
     * The outcome of a verification: how many records were checked, and if the chain is broken, at which
     * position and why.
     */
    public record Verdict(long checked, Long brokenAt, String problem) {

        public boolean intact() {
            return brokenAt == null;
        }
    }

    /**
     * Walks chained records in chain order and checks that they are numbered 1, 2, 3... without gaps, that each
     * names the previous one's hash, that each hash matches its content, and that the last is the head the chain
     * recorded ({@code headSeq}, {@code headHash}): a deleted last record is found that way.
     */
    public static Verdict verify(Iterator<AuditRecord> inChainOrder, long headSeq, String headHash) {
        long expectedSeq = 1;
        String prev = GENESIS;
        long checked = 0;
        while (inChainOrder.hasNext()) {
            AuditRecord r = inChainOrder.next();
            if (r.chainSeq() == null || r.chainSeq() != expectedSeq) {
                return new Verdict(checked, expectedSeq, "MISSING");
            }
            if (!prev.equals(r.prevHash())) {
                return new Verdict(checked, expectedSeq, "LINK");
            }
            if (!hash(r).equals(r.hash())) {
                return new Verdict(checked, expectedSeq, "ALTERED");
            }
            prev = r.hash();
            checked++;
            expectedSeq++;
        }
        if (checked != headSeq || !prev.equals(headHash)) {
            return new Verdict(checked, checked + 1, "TRUNCATED");
        }
        return new Verdict(checked, null, null);
    }
}
