package cn.kaifeng.tfs.program.service;

import cn.kaifeng.tfs.program.domain.PolicyDocument;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Loads the shipped policy documents and program definitions when the application starts. A definition with problems fails the
 * deployment, with every problem (file, line, what) in the log: better no start than a program scored wrongly.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ProgramLoader {

    private static final Logger LOG = Logger.getLogger(ProgramLoader.class);

    @Inject
    private ProgramService catalog;

    @Inject
    private PolicyService policies;

    @PostConstruct
    void load() {
        // the documents first: every citation of a program is checked against them
        Path policyDirectory = PolicyService.directory();
        List<PolicyDocument> documents = policies.loadShippedFiles(policyDirectory);
        LOG.infof(
                "%d policy document(s) loaded from %s: %s",
                documents.size(),
                policyDirectory,
                documents.stream().map(PolicyDocument::label).collect(Collectors.joining(", ")));
        Path directory = ProgramService.directory();
        List<ProgramDefinition> loaded = catalog.loadShippedFiles(directory);
        LOG.infof(
                "%d program definition(s) loaded from %s: %s",
                loaded.size(),
                directory,
                loaded.stream().map(ProgramDefinition::label).collect(Collectors.joining(", ")));
    }
}
