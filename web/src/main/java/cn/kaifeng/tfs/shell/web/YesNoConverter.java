package cn.kaifeng.tfs.shell.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * A yes/no answer given with two radio buttons, read strictly: only "true" and "false" are answers. JSF's own
 * Boolean converter reads every other value as "no", so a forged value would become a declaration nobody made.
 */
@FacesConverter("tfs.yesNo")
public class YesNoConverter implements Converter<Boolean> {

    @Override
    public Boolean getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        Object label = component.getAttributes().getOrDefault("label", "");
        String message = Messages.format(context.getViewRoot().getLocale(), "field.notOffered", label);
        throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Boolean value) {
        return value == null ? "" : value.toString();
    }
}
