package cn.kaifeng.tfs.casefile.service;

import java.util.Map;

/**
 * How many files each file field of an application currently has, for the form check at submission. The attachment
 * feature keeps the files and sits above this one, so it answers ({@code attachment.service.AttachmentCounts}).
 */
public interface FileCounts {

    /** Field code to the number of its current (not superseded) files; fields without files are absent. */
    Map<String, Long> of(long applicationId);
}
