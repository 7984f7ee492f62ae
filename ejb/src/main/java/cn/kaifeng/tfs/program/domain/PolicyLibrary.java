package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The policy documents programs can cite, by id: the latest stored version of each. Programs name documents by id
 * only, so a corrected title or 文号 shows on every page and letter at once, without a new program version.
 */
public final class PolicyLibrary implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final PolicyLibrary EMPTY = new PolicyLibrary(List.of());

    private final Map<String, PolicyDocument> byId;

    public PolicyLibrary(Collection<PolicyDocument> documents) {
        Map<String, PolicyDocument> map = new LinkedHashMap<>();
        for (PolicyDocument d : documents) {
            map.merge(d.id(), d, (a, b) -> a.version() >= b.version() ? a : b);
        }
        this.byId = Map.copyOf(map);
    }

    public Optional<PolicyDocument> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public List<PolicyDocument> documents() {
        return byId.values().stream()
                .sorted(java.util.Comparator.comparing(PolicyDocument::id))
                .toList();
    }

    /** A clause as letters print it: 《title》（文号）二（三）; a document not in the library by its id. */
    public String citation(String documentId) {
        return find(documentId).map(PolicyDocument::citation).orElse(documentId);
    }

    /**
     * What a program stands on, on a day: each document it cites, in the order the file first cites it, and the
     * day its basis expires, which is the earliest end among the cited documents still in force that day (the plans
     * already ended are listed as ended, not counted). No date when every document in force is open-ended.
     */
    public ProgramBasis basis(ProgramDefinition program, LocalDate day) {
        Set<String> ids = new LinkedHashSet<>();
        program.sources().forEach(s -> ids.add(s.document()));
        List<ProgramBasis.Entry> entries = new ArrayList<>();
        LocalDate expires = null;
        for (String id : ids) {
            PolicyDocument document = byId.get(id);
            entries.add(new ProgramBasis.Entry(id, document, document != null && document.inForceOn(day)));
            if (document != null
                    && document.inForceOn(day)
                    && document.inForceTo() != null
                    && (expires == null || document.inForceTo().isBefore(expires))) {
                expires = document.inForceTo();
            }
        }
        return new ProgramBasis(List.copyOf(entries), expires, program.effectiveTo());
    }
}
