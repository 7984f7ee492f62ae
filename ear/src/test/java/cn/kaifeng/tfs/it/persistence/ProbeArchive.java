package cn.kaifeng.tfs.it.persistence;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.Reviewers;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.testkit.WebClient;
import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** A probe archive for tests that drive the application over HTTP from inside the server and look at its tables. */
final class ProbeArchive {

    private ProbeArchive() {}

    static WebArchive withHttpHelpers(String name) {
        return ShrinkWrap.create(WebArchive.class, name)
                .addClasses(
                        Probe.class,
                        Deployments.class,
                        Applicants.class,
                        cn.kaifeng.tfs.it.Verifications.class,
                        Reviewers.class,
                        cn.kaifeng.tfs.it.Payments.class,
                        cn.kaifeng.tfs.it.Acceptances.class,
                        TestData.class,
                        SampleFiles.class,
                        // TestData makes valid credit codes with the domain's own check character
                        cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode.class,
                        cn.kaifeng.tfs.shared.domain.DomainException.class,
                        cn.kaifeng.tfs.shared.domain.MessageKey.class)
                // the test kit's page client, with the classes it is made of
                .addPackage(WebClient.class.getPackage())
                // the sample PDFs the HTTP helpers upload are made with PDFBox, which the probe must carry
                .addAsLibraries(
                        jarOf(org.apache.pdfbox.pdmodel.PDDocument.class),
                        jarOf(org.apache.pdfbox.io.RandomAccessRead.class),
                        jarOf(org.apache.fontbox.ttf.TrueTypeFont.class),
                        jarOf(org.apache.commons.logging.LogFactory.class))
                .addAsResource(
                        new File("target/test-classes/persistence-probe/persistence.xml"), "META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
