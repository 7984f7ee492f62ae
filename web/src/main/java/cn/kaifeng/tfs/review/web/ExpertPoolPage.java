package cn.kaifeng.tfs.review.web;

import cn.kaifeng.tfs.organisation.domain.OrganisationProfile;
import cn.kaifeng.tfs.review.service.ExpertPoolService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrator's expert pool (评审专家库): each expert's employer, which the conflict check compares with
 * applicants and their team members, and technology fields, by which panels are matched.
 */
@Named
@ViewScoped
public class ExpertPoolPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExpertPoolService pool;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private transient List<ExpertPoolService.PoolEntry> entries;

    private String expert;

    @Size(max = 200)
    private String employer;

    private List<String> techFields = new ArrayList<>();

    public List<ExpertPoolService.PoolEntry> getEntries() {
        if (entries == null) {
            entries = pool.pool(currentUser.username());
        }
        return entries;
    }

    /** Choosing an expert fills the form with what is recorded of them. */
    public void chosen() {
        getEntries().stream()
                .filter(e -> e.username().equals(expert))
                .findFirst()
                .ifPresentOrElse(
                        e -> {
                            employer = e.employer();
                            techFields = new ArrayList<>(e.techFields());
                        },
                        () -> {
                            employer = null;
                            techFields = new ArrayList<>();
                        });
    }

    public void save() {
        if (expert == null) {
            messages.error("experts:expert", "experts.chooseExpert");
            return;
        }
        try {
            pool.saveProfile(currentUser.username(), expert, employer, techFields);
            entries = null;
            messages.info("experts.saved", expert);
        } catch (DomainException e) {
            messages.error(null, e);
        }
    }

    public List<String> getAllTechFields() {
        return OrganisationProfile.TECH_FIELDS;
    }

    public String getExpert() {
        return expert;
    }

    public void setExpert(String expert) {
        this.expert = expert;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public List<String> getTechFields() {
        return techFields;
    }

    public void setTechFields(List<String> techFields) {
        this.techFields = techFields == null ? new ArrayList<>() : new ArrayList<>(techFields);
    }
}
