package cn.kaifeng.tfs.casefile.service;

/**
 * Whether an expert may read a case: one on its panel who declared no conflict and in whom none was found. The panel
 * belongs to the review feature, which sits above this one, so it answers ({@code review.service.PanelClearance}).
 */
public interface ClearedExperts {

    boolean includes(String expert, long applicationId);
}
