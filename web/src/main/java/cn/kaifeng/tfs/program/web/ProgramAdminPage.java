package cn.kaifeng.tfs.program.web;

import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.ProgramVersion;
import cn.kaifeng.tfs.program.service.DryRuns;
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
 * The administrator's program catalogue: every stored version, the rules of one version as tables (criterion,
 * clause, points, maximum), importing a new version file (all its problems listed by line) and publishing it.
 */
@Named
@ViewScoped
public class ProgramAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgramService catalog;

    @Inject
    private Messages messages;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private DryRuns dryRuns;

    private String code;
    private Integer version;
    private List<DryRuns.Row> dryRun;
    private transient Part upload;
    private List<String> problems = List.of();

    public List<ProgramVersion> getVersions() {
        return catalog.storedVersions();
    }

    /** The shown version, looked up once per choice: the page refers to it dozens of times while rendering. */
    private transient ProgramDefinition selected;

    private transient String selectedKey;

    /** The version shown in detail: the one chosen, or the current version of the chosen program. */
    public ProgramDefinition getSelected() {
        if (code == null) {
            return null;
        }
        String key = code + " v" + version;
        if (!key.equals(selectedKey)) {
            selected = (version == null ? catalog.current(code) : catalog.version(code, version)).orElse(null);
            selectedKey = key;
        }
        return selected;
    }

    public void show(String programCode, Integer programVersion) {
        this.code = programCode;
        this.version = programVersion;
    }

    public void importFile() {
        problems = List.of();
        UploadedText file = UploadedText.of(upload, "upload.yaml");
        if (file.problem() != null) {
            messages.error("import:file", file.problem());
            return;
        }
        String content = file.content();
        String fileName = file.fileName();
        try {
            ProgramDefinition imported = catalog.importDraft(fileName, content, username());
            messages.info("admin.programs.imported", imported.code(), imported.version());
            show(imported.code(), imported.version());
        } catch (InvalidDefinitionException e) {
            problems = e.problems().stream()
                    .map(p -> p.describe(localeSelection.getLocale()))
                    .toList();
            messages.error(null, "admin.programs.invalid", e.problems().size());
        } catch (DomainException e) {
            messages.error(null, e);
        }
    }

    /** Re-scores the submitted applications of the program with the shown version, before publishing it. */
    public void dryRun() {
        ProgramDefinition selected = getSelected();
        if (selected != null) {
            dryRun = dryRuns.dryRun(selected);
            messages.info(
                    "admin.programs.dryRunDone",
                    dryRun.size(),
                    dryRun.stream().filter(DryRuns.Row::changed).count());
        }
    }

    public List<DryRuns.Row> getDryRun() {
        return dryRun;
    }

    public void publish(String programCode, int programVersion) {
        try {
            catalog.publish(programCode, programVersion, username());
            selectedKey = null; // "the current version" may be this one now
            messages.info("admin.programs.published", programCode, programVersion);
        } catch (DomainException e) {
            messages.error(null, e);
        }
    }

    private static String username() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
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
