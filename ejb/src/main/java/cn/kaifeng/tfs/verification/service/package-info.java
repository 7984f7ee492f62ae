/** Registering as a claim, the claimant's documents, the bureau's decision, and the seam for other proofs. */
package cn.kaifeng.tfs.verification.service;
