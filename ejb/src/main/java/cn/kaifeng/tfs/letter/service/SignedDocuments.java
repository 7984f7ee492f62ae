package cn.kaifeng.tfs.letter.service;

import java.util.Optional;

/**
 * Port: other documents the bureau signs with the letters' key and keeps above this floor (the agreements), so
 * that the public verification page and API verify them exactly as letters, by code or by file. Asked only when no
 * letter matches.
 */
public interface SignedDocuments {

    /** The document with this verification code (already normalised, e.g. 2345-6789-ABCD). */
    Optional<LetterVerificationService.Verdict> byCode(String code);

    /** The document whose signed file has this SHA-256 (hex). */
    Optional<LetterVerificationService.Verdict> bySha256(String sha256);

    /** Whether a document with this number was issued (a file claiming it is then that document altered). */
    boolean issuedNumber(String number);
}
