package cn.kaifeng.tfs.riskpool.service;

import cn.kaifeng.tfs.riskpool.domain.PoolAgreement;
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
 * Loads the shipped pool agreements when the application starts, after the programs and policy documents they cite.
 * A file with problems fails the deployment with every problem in the log, as a program's does: better no start than
 * loans covered under a pool read wrongly.
 */
@Singleton
@Startup
@DependsOn("ProgramLoader")
@TransactionManagement(TransactionManagementType.BEAN)
public class PoolLoader {

    private static final Logger LOG = Logger.getLogger(PoolLoader.class);

    @Inject
    private PoolCatalog catalog;

    @PostConstruct
    void load() {
        Path directory = PoolCatalog.directory();
        List<PoolAgreement> loaded = catalog.loadShippedFiles(directory);
        LOG.infof(
                "%d pool agreement(s) loaded from %s: %s",
                loaded.size(),
                directory,
                loaded.stream().map(PoolAgreement::label).collect(Collectors.joining(", ")));
    }
}
