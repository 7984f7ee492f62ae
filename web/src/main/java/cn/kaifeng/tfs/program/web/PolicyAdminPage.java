package cn.kaifeng.tfs.program.web;

import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.domain.PolicyDocument;
import cn.kaifeng.tfs.program.service.PolicyService;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.LocaleSelection;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;

/**
 * The administrator's policy documents: every stored version with its title, 文号 and in-force period, one
 * document's clause index (what programs can cite), and importing a new version, checked like a program import:
 * the file, its version and period, and every citation of it by the programs in force.
 */
@Named
@ViewScoped
public class PolicyAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PolicyService policies;

    @Inject
    private ProgramService catalog;

    @Inject
    private Messages messages;

    @Inject
    private LocaleSelection localeSelection;

    private String id;
    private transient Part upload;
    private List<String> problems = List.of();

    /** Every stored version, parsed, by id and version. */
    public List<PolicyDocument> getDocuments() {
        return policies.storedDocuments();
    }

    /** The document chosen by its id, in its latest version; null when none is chosen or known. */
    public PolicyDocument getSelected() {
        return id == null ? null : policies.library().find(id).orElse(null);
    }

    public void importFile() {
        problems = List.of();
        UploadedText file = UploadedText.of(upload, "upload.yaml");
        if (file.problem() != null) {
            messages.error("import:file", file.problem());
            return;
        }
        try {
            PolicyDocument imported = catalog.importDocument(file.fileName(), file.content(), username());
            messages.info("admin.policies.imported", imported.id(), imported.version());
            id = imported.id();
        } catch (InvalidDefinitionException e) {
            problems = e.problems().stream()
                    .map(p -> p.describe(localeSelection.getLocale()))
                    .toList();
            messages.error(null, "admin.programs.invalid", e.problems().size());
        } catch (DomainException e) {
            messages.error(null, e);
        }
    }

    private static String username() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public List<String> getProblems() {
        return problems;
    }
}
