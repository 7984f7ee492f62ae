package cn.kaifeng.tfs.review.service;

import cn.kaifeng.tfs.attachment.domain.Attachment;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.shared.domain.Money;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One case as the reviewer's workbench shows it, read in one transaction and parsed once: the form values, the
 * profile it was submitted with, the assessment (with the panel's points once it has them), the current files and
 * the decision's figures. Each part of the workbench reads from it instead of asking the services again.
 *
 * @param rowVersion the version the reviewer is looking at, sent back with each step ("nobody acted meanwhile")
 * @param files the current file of each required material, in upload order
 */
public record ReviewCase(
        long id,
        String number,
        long organisationId,
        String organisationName,
        String creditCode,
        String programCode,
        int programVersion,
        ApplicationStatus status,
        long rowVersion,
        Map<String, Object> values,
        Map<String, Object> profileSnapshot,
        Assessment assessment,
        List<CaseFile> files,
        Money award,
        Money proposedAmount,
        Instant noticeEndsAt,
        Money decidedAmount,
        String decidedBy)
        implements Serializable {

    /** A file handed in for one of the program's file fields. */
    public record CaseFile(long id, String fieldCode, String name, boolean viewable) implements Serializable {

        public static CaseFile of(Attachment attachment) {
            return new CaseFile(
                    attachment.id(),
                    attachment.fieldCode(),
                    attachment.fileName(),
                    attachment.kind().viewableInBrowser());
        }
    }

    /** The files handed in for one file field. */
    public List<CaseFile> filesFor(String fieldCode) {
        return files.stream().filter(f -> f.fieldCode().equals(fieldCode)).toList();
    }
}
