package cn.kaifeng.tfs.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The archives the tests deploy. Black-box tests deploy exactly the ear this build produced. */
public final class Deployments {

    private Deployments() {}

    public static EnterpriseArchive application() {
        File ear = new File(System.getProperty("tfs.ear", "target/tfs.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("The application archive is missing: " + ear + " (run the package phase)");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** Where the deployed application answers (the test server runs with a port offset). */
    public static String baseUrl() {
        return System.getProperty("tfs.base-url", "http://127.0.0.1:8180");
    }

    /** The password of every demo account (ejb/src/main/resources/cn/kaifeng/tfs/demo/demo-data.json). */
    public static final String DEMO_PASSWORD = "Demo#Kaifeng2026";
}
