package cn.kaifeng.tfs.shell.web;

import cn.kaifeng.tfs.account.domain.PasswordPolicy;
import cn.kaifeng.tfs.account.domain.Username;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.PhoneNumber;
import cn.kaifeng.tfs.shared.domain.ResidentIdNumber;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/**
 * JSF validators that apply the domain's own rules to a single field, so they run in the validation phase
 * together with Bean Validation and the user sees every problem of a form at once, next to its field.
 * Empty values pass: whether a field is required is said on the field.
 */
@Named
@RequestScoped
public class FieldValidators {

    @Inject
    private Messages messages;

    public void creditCode(FacesContext context, UIComponent component, Object value) {
        if (!isEmpty(value)) {
            check(() -> UnifiedSocialCreditCode.of(value.toString()));
        }
    }

    /** 公民身份号码: length, characters, birth date and check character. */
    public void idNumber(FacesContext context, UIComponent component, Object value) {
        if (!isEmpty(value)) {
            check(() -> ResidentIdNumber.of(value.toString()));
        }
    }

    /** A mobile or fixed-line number (PhoneNumber). */
    public void phone(FacesContext context, UIComponent component, Object value) {
        if (!isEmpty(value)) {
            check(() -> PhoneNumber.of(value.toString()));
        }
    }

    public void username(FacesContext context, UIComponent component, Object value) {
        if (!isEmpty(value)) {
            check(() -> Username.normalise(value.toString()));
        }
    }

    /**
     * The strong-password rule. With {@code <f:attribute name="usernameField" value="..."/>} naming the username
     * input of the same form, "must not contain the username" is checked here too.
     */
    public void password(FacesContext context, UIComponent component, Object value) {
        if (isEmpty(value)) {
            return;
        }
        Object username = valueOf(component, "usernameField");
        List<String> broken =
                PasswordPolicy.violations(value.toString(), username == null ? null : username.toString());
        if (!broken.isEmpty()) {
            // one message with every broken rule: a field shows one message, and the user should fix all at once
            throw new ValidatorException(error(broken.stream()
                    .map(key -> messages.text(key, PasswordPolicy.MIN_LENGTH))
                    .collect(Collectors.joining(" "))));
        }
    }

    /** A repeated entry: {@code <f:attribute name="sameAs" value="..."/>} names the input it must equal. */
    public void sameAs(FacesContext context, UIComponent component, Object value) {
        Object other = valueOf(component, "sameAs");
        if (!isEmpty(value) && other != null && !other.equals(value)) {
            throw new ValidatorException(error(messages.text("password.mismatch")));
        }
    }

    /**
     * What the user entered in another input of the same form, whether or not it passed its own validation:
     * the local value once converted and valid, otherwise the raw submitted value.
     */
    private static Object valueOf(UIComponent component, String attribute) {
        Object id = component.getAttributes().get(attribute);
        if (id == null) {
            return null;
        }
        UIComponent other = component.findComponent(id.toString());
        if (!(other instanceof UIInput input)) {
            throw new IllegalArgumentException("no input '" + id + "' next to " + component.getClientId());
        }
        return input.getSubmittedValue() != null ? input.getSubmittedValue() : input.getValue();
    }

    private void check(Runnable rule) {
        try {
            rule.run();
        } catch (DomainException e) {
            throw new ValidatorException(error(messages.text(e.messageKey(), e.arguments())));
        }
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }

    private static boolean isEmpty(Object value) {
        return value == null || value.toString().isBlank();
    }
}
