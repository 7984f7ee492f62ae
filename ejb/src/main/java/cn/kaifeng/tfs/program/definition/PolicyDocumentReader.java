package cn.kaifeng.tfs.program.definition;

import cn.kaifeng.tfs.program.domain.ClauseIndex;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.PolicyDocument;
import java.time.LocalDate;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads one policy document file of config/policy: its metadata and its text, from which the clause index is
 * derived ({@link ClauseIndex}). Problems are reported like a program definition's, with file, line and path, all
 * together in an {@link InvalidDefinitionException}.
 */
public final class PolicyDocumentReader {

    private static final List<String> KEYS =
            List.of("id", "version", "title", "issuer", "number", "inForce", "example", "excerpt", "note", "text");

    /** The word that marks a demonstration document in its title, so that no reader takes it for a real one. */
    static final String EXAMPLE_WORD = "示例";

    public PolicyDocument read(String fileName, String content) {
        Problems problems = new Problems(fileName);
        Node root = DefinitionReader.parse(fileName, content, problems);
        if (root == null) {
            throw new InvalidDefinitionException(problems.list());
        }
        Spec spec = Spec.root(root, problems);
        spec.allowOnly(KEYS);

        String id = spec.string("id");
        if (id != null && !Parts.DOCUMENT_ID.matcher(id).matches()) {
            spec.get("id").problem("documentId", id);
        }
        Integer version = spec.integer("version");
        if (version != null && version < 1) {
            spec.get("version").problem("versionPositive", version);
        }
        LocalizedText title = spec.text("title");
        LocalizedText issuer = spec.text("issuer");
        String number = spec.optionalString("number").map(String::strip).orElse(null);
        Spec inForce = spec.get("inForce");
        inForce.allowOnly(List.of("from", "to"));
        if (!inForce.present()) {
            spec.problem("missingKey", "inForce");
        }
        LocalDate from = inForce.present() ? inForce.date("from") : null;
        LocalDate to = inForce.has("to") ? inForce.date("to") : null;
        if (from != null && to != null && to.isBefore(from)) {
            inForce.problem("effectiveOrder", from, to);
        }
        boolean example = spec.bool("example", false);
        if (example && title != null && !title.zh().contains(EXAMPLE_WORD)) {
            spec.get("title").problem("exampleUnmarked", title.zh(), EXAMPLE_WORD);
        }
        boolean excerpt = spec.bool("excerpt", false);
        LocalizedText note = spec.optionalText("note");
        String text = spec.string("text");
        ClauseIndex clauses = text == null ? null : ClauseIndex.of(text);
        if (clauses != null && clauses.clauses().isEmpty()) {
            spec.get("text").problem("noClauses");
        }
        if (clauses != null) {
            // a literal block's text starts on the line after "text: |"
            int first = spec.get("text").line() + 1;
            for (ClauseIndex.Clause twice : clauses.duplicates()) {
                problems.add(first + twice.line() - 1, "text", "clauseDuplicate", twice.id(), twice.heading());
            }
        }
        if (problems.any()) {
            throw new InvalidDefinitionException(problems.list());
        }
        return new PolicyDocument(
                id,
                version,
                DefinitionReader.sha256(content),
                title,
                issuer,
                number,
                from,
                to,
                example,
                excerpt,
                note,
                text,
                clauses);
    }
}
