package cn.kaifeng.tfs.shell.web;

import cn.kaifeng.tfs.shared.domain.Bilingual;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.MessageKey;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Puts messages on the page in the user's language. Domain errors carry message keys (see
 * {@link DomainException}); this is where they become sentences.
 */
@RequestScoped
public class Messages {

    static final String BUNDLE = "cn.kaifeng.tfs.web.messages";

    @Inject
    private LocaleSelection localeSelection;

    public String text(String key, Object... arguments) {
        return format(localeSelection.getLocale(), key, arguments);
    }

    /** A message in a given language (the API's, chosen by Accept-Language); message keys as arguments are said too. */
    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        try {
            String pattern = bundle.getString(key);
            if (arguments.length == 0) {
                return pattern;
            }
            Object[] said = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                said[i] = arguments[i] instanceof MessageKey k
                        ? format(locale, k.key())
                        : arguments[i] instanceof Bilingual b ? b.in(locale) : arguments[i];
            }
            return new MessageFormat(pattern, locale).format(said);
        } catch (MissingResourceException e) {
            // a missing translation must not break the page; the key still tells support what happened
            return key;
        }
    }

    /** A message for one field (clientId) or, with null, for the whole form. */
    public void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    public void error(String clientId, DomainException e) {
        error(clientId, e.messageKey(), e.arguments());
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** Info that must survive a redirect (post-redirect-get), kept in the session ({@link SessionFlash}). */
    public void flashInfo(String key, Object... arguments) {
        String text = text(key, arguments);
        add(null, FacesMessage.SEVERITY_INFO, text);
        SessionFlash.keep(FacesContext.getCurrentInstance(), text);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
