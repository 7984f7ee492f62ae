package cn.kaifeng.tfs.it.browser;

import java.util.Arrays;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a browser test its browser: a test method that declares a {@link Browser} parameter gets a headless
 * Chromium of its own, started before it and quit after it whether it passed or not. Without Chromium the test is
 * skipped, or failed when {@code CI=true} (see {@link Browser#start}).
 *
 * <p>Register it after {@code ArquillianExtension}, so that the browser starts once the server is there and quits
 * before Arquillian's own clean-up. The browser starts in {@code beforeEach}, not while the parameter is resolved:
 * JUnit reports an exception from a parameter resolver as an error, which would turn the skip into a failure.
 */
public final class BrowserExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        if (Arrays.asList(context.getRequiredTestMethod().getParameterTypes()).contains(Browser.class)) {
            context.getStore(NAMESPACE).put(Browser.class, Browser.start());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (browser == null) {
            throw new ParameterResolutionException("a Browser is given to test methods only, not to "
                    + parameter.getDeclaringExecutable().getName());
        }
        return browser;
    }
}
