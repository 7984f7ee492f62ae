package cn.kaifeng.tfs.shell.web;

import cn.kaifeng.tfs.shared.domain.PlainText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Every input of every form, as a default validator: text with control or direction characters is refused next to
 * its field ({@link PlainText}), before any page's own rules run. Being a default, a new field cannot forget it.
 */
@FacesValidator(value = "tfs.plainText", isDefault = true)
public class PlainTextValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof CharSequence text
                && PlainText.hasHiddenCharacters(text, component instanceof HtmlInputTextarea)) {
            Object label = component.getAttributes().get("label");
            // a default validator is made by JSF itself, without injection: the view's locale is the user's
            String message = Messages.format(
                    context.getViewRoot().getLocale(), "field.hiddenCharacters", label == null ? "" : label);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }
}
