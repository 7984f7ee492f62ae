package cn.kaifeng.tfs.verification.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.attachment.domain.FileKind;
import cn.kaifeng.tfs.attachment.service.AttachmentStore;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.service.OrganisationService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import cn.kaifeng.tfs.verification.domain.Claim;
import cn.kaifeng.tfs.verification.domain.ClaimDocument;
import cn.kaifeng.tfs.verification.domain.ClaimStatus;
import cn.kaifeng.tfs.verification.domain.DocumentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Registration as a claim, the claimant's documents, and the bureau's decision. A registrant is never told whether
 * its code is already on the platform: every registration with a valid code is accepted as a claim, and claims on
 * one code meet only in the reviewer's queue, as a dispute.
 */
@ApplicationScoped
@Transactional
public class ClaimService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    /** Documents are scans or PDFs of one or two pages: 10 MB is ample and bounds what a claimant can store. */
    public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

    static final Set<String> DOCUMENT_TYPES = Set.of(FileKind.PDF.name(), FileKind.JPEG.name(), FileKind.PNG.name());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private OrganisationService organisations;

    @Inject
    private AttachmentStore store;

    @Inject
    private ProofOfIdentity proof;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<ClaimDecided> decided;

    /**
     * An applicant registers: the account and its organisation, and, when a credit code is given, the claim on it.
     * The code is checked for form only (length, characters, check digit), never against who else uses it.
     */
    public UserAccount register(AccountService.ApplicantRegistration registration) {
        UnifiedSocialCreditCode code =
                registration.claimsCode() ? UnifiedSocialCreditCode.of(registration.creditCode()) : null;
        UserAccount account = accounts.registerApplicant(registration);
        if (code != null) {
            Organisation organisation = account.organisation();
            Claim claim =
                    new Claim(organisation.id(), code, organisation.legalRepresentative(), account.username(), now());
            em.persist(claim);
            em.flush();
            audit.record(
                    account.username(),
                    "CLAIM_OPENED",
                    "organisation:" + organisation.id(),
                    null,
                    "claim:" + claim.id() + " " + code.value());
        }
        return account;
    }

    /** The claim of the caller's organisation, if it claims a code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Claim> mine(String username) {
        return accounts.applicantOrganisation(username).flatMap(o -> claimOf(o.id()));
    }

    /** The documents a claim currently stands on (replaced ones left out). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClaimDocument> documents(long claimId) {
        return em.createQuery(
                        "SELECT d FROM ClaimDocument d WHERE d.claimId = :claim AND d.supersededAt IS NULL"
                                + " ORDER BY d.kind, d.id",
                        ClaimDocument.class)
                .setParameter("claim", claimId)
                .getResultList();
    }

    /**
     * The claimant uploads one of its documents, replacing any earlier one of that kind. Checked by content like
     * every attachment (PDF, JPEG or PNG; PDFs that could act on the reader's machine are refused).
     */
    public ClaimDocument upload(String username, DocumentKind kind, String fileName, InputStream content) {
        if (kind == null) {
            throw new DomainException("verification.documentKind");
        }
        Claim claim = lockMine(username);
        claim.requireChangeable();
        AttachmentStore.Incoming incoming = store.receive(content, MAX_DOCUMENT_BYTES);
        try {
            FileKind fileKind = store.recognise(incoming, DOCUMENT_TYPES);
            ClaimDocument document = new ClaimDocument(
                    claim.id(), kind, store.keepUnlessRolledBack(incoming, fileKind, fileName, username));
            for (ClaimDocument old : documents(claim.id())) {
                if (old.kind() == kind) {
                    old.supersede(document.file().uploadedAt());
                }
            }
            em.persist(document);
            em.flush();
            audit.record(
                    username,
                    "CLAIM_DOCUMENT_ADDED",
                    "organisation:" + claim.organisationId(),
                    null,
                    "claim:" + claim.id() + " " + kind + " sha256="
                            + document.file().sha256());
            return document;
        } finally {
            store.discard(incoming);
        }
    }

    /** The claimant sends its claim, with both documents, to the bureau. */
    public Claim submit(String username) {
        Claim claim = lockMine(username);
        ClaimStatus before = claim.status();
        Set<DocumentKind> present = documents(claim.id()).stream()
                .map(ClaimDocument::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentKind.class)));
        claim.submit(present, now());
        audit.record(username, "CLAIM_SUBMITTED", "organisation:" + claim.organisationId(), before.name(), "SUBMITTED");
        return claim;
    }

    /**
     * A claim as the bureau sees it: the organisation's name and the other parties to the same code (a verified
     * holder, other open claims), which make it a dispute.
     */
    public record Review(Claim claim, String organisationName, List<Rival> rivals) {
        public boolean disputed() {
            return !rivals.isEmpty();
        }
    }

    /** Another organisation holding or claiming the same code. */
    public record Rival(long organisationId, String organisationName, boolean holdsCode, ClaimStatus claimStatus) {}

    /** The claims waiting for the bureau, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Review> waiting() {
        return em
                .createQuery(
                        "SELECT c FROM Claim c WHERE c.status = :submitted ORDER BY c.submittedAt, c.id", Claim.class)
                .setParameter("submitted", ClaimStatus.SUBMITTED)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(this::review)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Review> forReview(long claimId) {
        return Optional.ofNullable(em.find(Claim.class, claimId)).map(this::review);
    }

    /** The bureau approves a submitted claim: the organisation now holds the code and may act as itself. */
    public Claim approve(long claimId, String by) {
        Claim claim = lock(claimId);
        ProofOfIdentity.ProvenIdentity identity = proof.prove(claim, by);
        organisations.verify(claim.organisationId(), claim.creditCode(), identity.legalRepresentative(), by);
        claim.verify(by, now());
        audit.record(
                by,
                "CLAIM_VERIFIED",
                "organisation:" + claim.organisationId(),
                ClaimStatus.SUBMITTED.name(),
                "VERIFIED by " + identity.method());
        decided.fire(new ClaimDecided(claim.organisationId(), claim.status(), claim.decidedAt()));
        return claim;
    }

    /** The bureau rejects a submitted claim with a reason the claimant reads; it may correct and submit again. */
    public Claim reject(long claimId, String by, String reason) {
        Claim claim = lock(claimId);
        claim.reject(by, reason, now());
        audit.record(
                by,
                "CLAIM_REJECTED",
                "organisation:" + claim.organisationId(),
                ClaimStatus.SUBMITTED.name(),
                "REJECTED: " + claim.reason());
        decided.fire(new ClaimDecided(claim.organisationId(), claim.status(), claim.decidedAt()));
        return claim;
    }

    /**
     * Deletes the documents (records and files) of claims rejected before the cut-off and still rejected: the
     * retention rule for evidence that led to nothing. The claim itself, with its reason, stays. Returns how many.
     */
    public int deleteDocumentsRejectedBefore(Instant cutOff) {
        List<ClaimDocument> old = em.createQuery(
                        "SELECT d FROM ClaimDocument d, Claim c WHERE c.id = d.claimId AND c.status = :rejected"
                                + " AND c.decidedAt < :cutOff",
                        ClaimDocument.class)
                .setParameter("rejected", ClaimStatus.REJECTED)
                .setParameter("cutOff", cutOff)
                .setMaxResults(1000)
                .getResultList();
        if (!old.isEmpty()) {
            store.requireWritable();
        }
        for (ClaimDocument document : old) {
            store.deleteOnCommit(document.file().storageKey());
            em.remove(document);
        }
        return old.size();
    }

    /** A document and its bytes, for download. */
    public record Download(ClaimDocument document, InputStream content) {}

    /**
     * Opens a claim document for the claimant's own organisation or for a reviewer (whose reading is recorded:
     * the documents carry a person's name and signature). Anyone else is told it does not exist.
     */
    public Download open(String username, long documentId) {
        ClaimDocument document = em.find(ClaimDocument.class, documentId);
        UserAccount reader = accounts.findByUsername(username).orElse(null);
        if (document == null || reader == null) {
            throw new DomainException("verification.documentNotFound");
        }
        Claim claim = em.find(Claim.class, document.claimId());
        boolean own = reader.hasRole(Role.APPLICANT)
                && reader.organisation() != null
                && reader.organisation().id().equals(claim.organisationId());
        if (!own && !reader.hasRole(Role.REVIEWER)) {
            throw new DomainException("verification.documentNotFound");
        }
        if (!own) {
            audit.record(
                    username,
                    "CLAIM_DOCUMENT_DOWNLOADED",
                    "organisation:" + claim.organisationId(),
                    null,
                    "claim:" + claim.id() + " document:" + document.id());
        }
        return new Download(
                document,
                store.open(document.file().storageKey(), document.file().sha256()));
    }

    private Review review(Claim claim) {
        Organisation organisation = em.find(Organisation.class, claim.organisationId());
        List<Rival> rivals = new java.util.ArrayList<>();
        organisations
                .findByCreditCode(claim.creditCode())
                .filter(holder -> !holder.id().equals(claim.organisationId()))
                .ifPresent(holder -> rivals.add(new Rival(holder.id(), holder.name(), true, null)));
        em.createQuery(
                        "SELECT c, o.name FROM Claim c, Organisation o WHERE o.id = c.organisationId"
                                + " AND c.creditCode = :code AND c.id <> :id AND c.status <> :rejected ORDER BY c.id",
                        Object[].class)
                .setParameter("code", claim.creditCode())
                .setParameter("id", claim.id())
                .setParameter("rejected", ClaimStatus.REJECTED)
                .getResultList()
                .forEach(row -> {
                    Claim other = (Claim) row[0];
                    if (rivals.stream().noneMatch(r -> r.organisationId() == other.organisationId())) {
                        rivals.add(new Rival(other.organisationId(), (String) row[1], false, other.status()));
                    }
                });
        return new Review(claim, organisation.name(), List.copyOf(rivals));
    }

    private Optional<Claim> claimOf(long organisationId) {
        return em.createQuery("SELECT c FROM Claim c WHERE c.organisationId = :organisation", Claim.class)
                .setParameter("organisation", organisationId)
                .getResultStream()
                .findFirst();
    }

    private Claim lockMine(String username) {
        Claim claim = mine(username).orElseThrow(() -> new DomainException("verification.noClaim"));
        em.lock(claim, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(claim);
        return claim;
    }

    private Claim lock(long claimId) {
        Claim claim = em.find(Claim.class, claimId, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw new DomainException("verification.notFound");
        }
        return claim;
    }

    /** Millisecond precision: what the database keeps of an instant, so a value read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
