package cn.kaifeng.tfs.shell.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.visit.VisitCallback;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialViewContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.BiFunction;
import org.primefaces.component.datepicker.DatePicker;
import org.primefaces.component.inputnumber.InputNumber;

/**
 * Refuses, with a message next to the field, what PrimeFaces would otherwise quietly make acceptable while decoding a
 * post: text longer than the field's {@code maxlength} (cut to length), a number outside the field's range (moved to
 * its nearest end) or not a number at all (an exception), a value never offered among the choices (dropped), and a date that does not exist (2026-02-30 read as 2026-02-28). A browser
 * never sends these, since the same limits hold in its scripts; a client that does gets told, and nothing is saved.
 * Only the fields a request processes are checked (an Ajax request's "execute" ones).
 */
public class SubmittedInputCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.APPLY_REQUEST_VALUES;
    }

    /**
     * Before decoding: text over its limit, numbers that are not numbers or out of range (PrimeFaces would fail on
     * the first with an exception, a 500, and clamp the second), dates that do not exist.
     */
    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getViewRoot() == null) {
            return;
        }
        Map<String, String> sent = context.getExternalContext().getRequestParameterMap();
        check(
                context,
                (component, clientId) ->
                        component instanceof EditableValueHolder ? problem(component, clientId, sent) : null);
    }

    /** After decoding: a choice among offered values that came with a value never offered, which PrimeFaces drops. */
    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getViewRoot() == null || context.getRenderResponse()) {
            return;
        }
        Map<String, String[]> sent = context.getExternalContext().getRequestParameterValuesMap();
        check(context, (component, clientId) -> {
            if (component instanceof UISelectMany many
                    && many.getSubmittedValue() instanceof Object[] kept
                    && sent.get(clientId) != null
                    && sent.get(clientId).length > kept.length) {
                return "field.notOffered";
            }
            return null;
        });
    }

    /** Refuses every processed field the rule finds a problem with; then the page is shown again, nothing saved. */
    private static void check(FacesContext context, BiFunction<UIComponent, String, String> rule) {
        boolean[] refused = {false};
        VisitContext visit = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        VisitCallback callback = (v, component) -> {
            String clientId = component.getClientId(context);
            String problem = rule.apply(component, clientId);
            if (problem != null) {
                refuse(context, component, problem);
                refused[0] = true;
            }
            return VisitResult.ACCEPT;
        };
        PartialViewContext partial = context.getPartialViewContext();
        if (partial.isPartialRequest() && !partial.isExecuteAll()) {
            // an Ajax request processes only its "execute" components and what is inside them
            for (String id : partial.getExecuteIds()) {
                context.getViewRoot().invokeOnComponent(context, id, (c, root) -> root.visitTree(visit, callback));
            }
        } else {
            context.getViewRoot().visitTree(visit, callback);
        }
        if (refused[0]) {
            context.validationFailed();
            context.renderResponse();
        }
    }

    /** The message key and arguments of what is wrong with the field as sent, or null. */
    private static String problem(UIComponent component, String clientId, Map<String, String> sent) {
        if (component instanceof InputNumber number) {
            return numberProblem(number, sent.get(clientId + "_hinput"));
        }
        if (component instanceof DatePicker date) {
            return dateProblem(date, sent.get(clientId + "_input"));
        }
        Object max = component.getAttributes().get("maxlength");
        String text = sent.get(clientId);
        if (max instanceof Integer limit && limit > 0 && text != null && text.length() > limit) {
            return "field.tooLong";
        }
        return null;
    }

    private static String numberProblem(InputNumber number, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw); // untrimmed: PrimeFaces reads it as sent
        } catch (NumberFormatException e) {
            return "field.notANumber";
        }
        boolean belowMin = number.getMinValue() != null && value.compareTo(new BigDecimal(number.getMinValue())) < 0;
        boolean aboveMax = number.getMaxValue() != null && value.compareTo(new BigDecimal(number.getMaxValue())) > 0;
        return belowMin || aboveMax ? "field.outOfRange" : null;
    }

    private static String dateProblem(DatePicker date, String raw) {
        if (raw == null || raw.isBlank() || date.getPattern() == null) {
            return null;
        }
        try {
            // strict: day 30 of February is refused, not moved to the 28th; "uuuu" is the proleptic year STRICT needs
            DateTimeFormatter.ofPattern(date.getPattern().replace("yyyy", "uuuu"))
                    .withResolverStyle(ResolverStyle.STRICT)
                    .parse(raw);
            return null;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return "field.badDate";
        }
    }

    private static void refuse(FacesContext context, UIComponent component, String key) {
        Map<String, Object> attributes = component.getAttributes();
        Object label = attributes.getOrDefault("label", "");
        Object limit = switch (key) {
            case "field.tooLong" -> attributes.get("maxlength");
            case "field.outOfRange" ->
                ((InputNumber) component).getMinValue() + " – " + ((InputNumber) component).getMaxValue();
            case "field.badDate" -> ((DatePicker) component).getPattern();
            default -> "";
        };
        String message = Messages.format(context.getViewRoot().getLocale(), key, label, limit);
        ((EditableValueHolder) component).setValid(false);
        context.addMessage(
                component.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
}
