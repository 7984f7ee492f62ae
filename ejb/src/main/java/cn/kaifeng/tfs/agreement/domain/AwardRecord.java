package cn.kaifeng.tfs.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;

/**
 * What a record kept on an award after the letter is about, copied from the award when the record is made so that
 * lists and notices read it without joining the case: the application, its organisation and that organisation's
 * name, the case number, and the program version. The agreement (任务书) and the acceptance (验收) are both such
 * records, with the same columns; each keeps its own table and identity.
 */
@MappedSuperclass
public abstract class AwardRecord {

    @Column(name = "application_id", nullable = false, unique = true)
    private Long applicationId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "organisation_name", nullable = false, length = 200)
    private String organisationName;

    @Column(name = "case_number", nullable = false, length = 40)
    private String caseNumber;

    @Column(name = "program_code", nullable = false, length = 40)
    private String programCode;

    @Column(name = "program_version", nullable = false)
    private int programVersion;

    protected AwardRecord() {
        // for JPA, and for the records' own constructors, which then name the award
    }

    /** Names the award this record is about; once, when the record is made. */
    protected final void about(
            long applicationId,
            long organisationId,
            String organisationName,
            String caseNumber,
            String programCode,
            int programVersion) {
        this.applicationId = applicationId;
        this.organisationId = organisationId;
        this.organisationName = Objects.requireNonNull(organisationName);
        this.caseNumber = Objects.requireNonNull(caseNumber);
        this.programCode = Objects.requireNonNull(programCode);
        this.programVersion = programVersion;
    }

    public Long applicationId() {
        return applicationId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String organisationName() {
        return organisationName;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String programCode() {
        return programCode;
    }

    public int programVersion() {
        return programVersion;
    }
}
