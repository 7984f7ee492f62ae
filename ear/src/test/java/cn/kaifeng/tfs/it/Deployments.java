package cn.kaifeng.tfs.it;

/**
 * Where the application under test is. The build copies exactly the ear it produced into the test server's
 * deployments directory (pre-integration-test), so the server deploys it once as it starts and every black-box test
 * class talks to that one deployment over HTTP, as users do. Deploying it again for each class cost some seven
 * seconds a class. A test class that needs more (a probe war) deploys only that, through Arquillian.
 */
public final class Deployments {

    private Deployments() {}

    /** Where the deployed application answers (the test server runs with a port offset). */
    public static String baseUrl() {
        return System.getProperty("tfs.base-url", "http://127.0.0.1:8180");
    }

    /** The password of every demo account (ejb/src/main/resources/cn/kaifeng/tfs/demo/demo-data.json). */
    public static final String DEMO_PASSWORD = "Demo#Kaifeng2026";
}
