package cn.kaifeng.tfs.review.web;

import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.review.domain.SavedFilter;
import cn.kaifeng.tfs.review.service.ReviewQueueService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The reviewers' queue: a lazily loaded table (one page read per request, counted in the database), filtered by
 * the form above it, sortable by its columns, exportable to CSV and Excel as filtered, with saved filters.
 */
@Named
@ViewScoped
public class ReviewQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewQueueService queue;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private cn.kaifeng.tfs.program.service.ProgramService catalog;

    private String programCode;
    private ApplicationStatus status;
    private String district;
    private String techField;
    private LocalDate submittedFrom;
    private LocalDate submittedTo;
    private BigDecimal minTotal;
    private BigDecimal maxTotal;
    private String text;
    private String filterName;
    private Long savedId;

    private ReviewQueueService.Filter filter = ReviewQueueService.Filter.none();

    private final LazyDataModel<ReviewQueueService.Row> rows = new Rows();

    /** The table's model: asks the queue for exactly the page shown. */
    private final class Rows extends LazyDataModel<ReviewQueueService.Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, queue.count(currentUser.username(), filter));
        }

        @Override
        public List<ReviewQueueService.Row> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? null : sort.getField();
            boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
            return queue.page(currentUser.username(), filter, first, pageSize, field, ascending);
        }

        @Override
        public String getRowKey(ReviewQueueService.Row row) {
            return String.valueOf(row.id());
        }

        @Override
        public ReviewQueueService.Row getRowData(String rowKey) {
            List<ReviewQueueService.Row> page = getWrappedData();
            return page == null
                    ? null
                    : page.stream()
                            .filter(r -> String.valueOf(r.id()).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }

    public void apply() {
        if (minTotal != null && maxTotal != null && minTotal.compareTo(maxTotal) > 0) {
            messages.error(null, "queue.scoreRange");
            return;
        }
        if (submittedFrom != null && submittedTo != null && submittedFrom.isAfter(submittedTo)) {
            messages.error(null, "queue.dateRange");
            return;
        }
        filter = new ReviewQueueService.Filter(
                blank(programCode),
                status,
                blank(district),
                blank(techField),
                submittedFrom,
                submittedTo,
                minTotal,
                maxTotal,
                blank(text));
    }

    public void clear() {
        programCode = null;
        status = null;
        district = null;
        techField = null;
        submittedFrom = null;
        submittedTo = null;
        minTotal = null;
        maxTotal = null;
        text = null;
        filter = ReviewQueueService.Filter.none();
    }

    public void saveFilter() {
        apply();
        try {
            queue.save(currentUser.username(), filterName, filter);
            messages.info("queue.filterSaved", filterName.strip());
            filterName = null;
        } catch (DomainException e) {
            messages.error(null, e);
        }
    }

    public void useSaved() {
        if (savedId == null) {
            return;
        }
        try {
            ReviewQueueService.Filter f = queue.load(currentUser.username(), savedId);
            programCode = f.programCode();
            status = f.status();
            district = f.district();
            techField = f.techField();
            submittedFrom = f.submittedFrom();
            submittedTo = f.submittedTo();
            minTotal = f.minTotal();
            maxTotal = f.maxTotal();
            text = f.text();
            filter = f;
        } catch (DomainException e) {
            messages.error(null, e);
        }
    }

    public List<SavedFilter> getSavedFilters() {
        return queue.saved(currentUser.username());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<cn.kaifeng.tfs.program.domain.ProgramDefinition> getPrograms() {
        return catalog.current();
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public List<cn.kaifeng.tfs.organisation.domain.OrganisationProfile.District> getDistricts() {
        return List.of(cn.kaifeng.tfs.organisation.domain.OrganisationProfile.District.values());
    }

    public List<String> getTechFields() {
        return cn.kaifeng.tfs.organisation.domain.OrganisationProfile.TECH_FIELDS;
    }

    public LazyDataModel<ReviewQueueService.Row> getRows() {
        return rows;
    }

    public String getProgramCode() {
        return programCode;
    }

    public void setProgramCode(String programCode) {
        this.programCode = programCode;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getTechField() {
        return techField;
    }

    public void setTechField(String techField) {
        this.techField = techField;
    }

    public LocalDate getSubmittedFrom() {
        return submittedFrom;
    }

    public void setSubmittedFrom(LocalDate submittedFrom) {
        this.submittedFrom = submittedFrom;
    }

    public LocalDate getSubmittedTo() {
        return submittedTo;
    }

    public void setSubmittedTo(LocalDate submittedTo) {
        this.submittedTo = submittedTo;
    }

    public BigDecimal getMinTotal() {
        return minTotal;
    }

    public void setMinTotal(BigDecimal minTotal) {
        this.minTotal = minTotal;
    }

    public BigDecimal getMaxTotal() {
        return maxTotal;
    }

    public void setMaxTotal(BigDecimal maxTotal) {
        this.maxTotal = maxTotal;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName;
    }

    public Long getSavedId() {
        return savedId;
    }

    public void setSavedId(Long savedId) {
        this.savedId = savedId;
    }
}
