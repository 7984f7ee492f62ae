package cn.kaifeng.tfs.it.browser;

/** The login page ({@code /login.xhtml}, form {@code login}), as the browser tests sign in on it. */
final class LoginPage {

    static final String PATH = "/login.xhtml";

    private final Browser browser;

    /** The login page the browser shows (after signing out, registering, or a redirect). */
    LoginPage(Browser browser) {
        this.browser = browser;
    }

    static LoginPage open(Browser browser) {
        browser.open(PATH);
        return new LoginPage(browser);
    }

    /** Types the credentials and presses "sign in"; what follows is the caller's to wait for. */
    void submit(String username, String password) {
        browser.type("login:username", username);
        browser.type("login:password", password);
        browser.click("login:submit");
    }

    /** Signs in and waits for the role's home page. */
    void signIn(String username, String password, String home) {
        submit(username, password);
        browser.waitForPath(home);
    }
}
