package cn.kaifeng.tfs.shell.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The user's language for this session. Simplified Chinese unless the user picks English: the platform serves
 * a Chinese public body, so the browser's language does not override the default.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Locale locale = CHINESE;

    public Locale getLocale() {
        return locale;
    }

    /** The value for the html lang attribute (BCP 47), which screen readers use to pick a voice. */
    public String getLanguageTag() {
        return locale.equals(CHINESE) ? "zh-CN" : "en";
    }

    public boolean isChinese() {
        return locale.equals(CHINESE);
    }

    public void useChinese() {
        use(CHINESE);
    }

    public void useEnglish() {
        use(Locale.ENGLISH);
    }

    private void use(Locale chosen) {
        this.locale = chosen;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
    }
}
