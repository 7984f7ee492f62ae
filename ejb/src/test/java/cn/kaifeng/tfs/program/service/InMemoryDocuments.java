package cn.kaifeng.tfs.program.service;

import cn.kaifeng.tfs.program.domain.PolicyDocumentVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Stands in for the policy_document_version table; same contract as PolicyDocumentVersions. */
final class InMemoryDocuments extends PolicyDocumentVersions {

    final List<PolicyDocumentVersion> rows = new ArrayList<>();

    @Override
    public Optional<PolicyDocumentVersion> find(String documentId, int version) {
        return rows.stream()
                .filter(r -> r.documentId().equals(documentId) && r.version() == version)
                .findFirst();
    }

    @Override
    public List<PolicyDocumentVersion> all() {
        return rows.stream()
                .sorted(Comparator.comparing(PolicyDocumentVersion::documentId)
                        .thenComparing(PolicyDocumentVersion::version))
                .toList();
    }

    @Override
    public List<Key> keys() {
        return all().stream()
                .map(r -> new Key(r.documentId(), r.version(), r.contentHash()))
                .toList();
    }

    @Override
    public void insert(PolicyDocumentVersion version) {
        if (find(version.documentId(), version.version()).isPresent()) {
            throw new IllegalStateException("unique constraint");
        }
        rows.add(version);
    }
}
