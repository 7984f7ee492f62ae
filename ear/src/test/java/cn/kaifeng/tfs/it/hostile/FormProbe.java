package cn.kaifeng.tfs.it.hostile;

import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.hostile.Payloads.Expect;
import cn.kaifeng.tfs.it.hostile.Payloads.Kind;
import cn.kaifeng.tfs.it.hostile.Payloads.Payload;
import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One form of one page, probed field by field: the page is fetched afresh, the form posted as a browser would post
 * it with one field replaced by a payload, and the answer judged; where the form edits something already saved, the
 * page is fetched again and every field compared with what it showed before.
 */
final class FormProbe {

    /** How a form relates to saved data. */
    enum Mode {
        /** it edits something saved: a refused post must leave every field as it was */
        EDIT,
        /** it creates or asks: a refused post must say why */
        ENTRY
    }

    /**
     * A field as the form posts it: its name, a partner posted with the same value, its kind, its limit; whether
     * several values are posted (check boxes); whether it only narrows a table's rows (a column filter, rows per
     * page), which stores nothing and owes no message: any answer but a failure will do.
     */
    record Field(String name, String partner, Kind kind, int maxLength, boolean many, boolean tableState) {

        Field(String name, String partner, Kind kind, int maxLength, boolean many) {
            this(name, partner, kind, maxLength, many, TABLE_STATE.matcher(name).find());
        }
    }

    private static final Pattern TABLE_STATE = Pattern.compile(":filter$|_rppDD$");

    /** Where a form is: who opens it, which page, what the page needs before the form shows (e.g. a choice). */
    record Target(
            String name,
            Supplier<WebClient> client,
            String path,
            String formId,
            String button,
            Mode mode,
            Function<WebClient, String> open,
            Supplier<Map<String, String>> fills,
            boolean refusalsOnly) {

        /**
         * Whether this payload is sent: a form whose accepted post moves a case on, or changes data other tests
         * rely on, gets only what must be refused.
         */
        boolean sends(Payload payload) {
            return !refusalsOnly || payload.expect() != Expect.TEXT;
        }
    }

    private static final Pattern WIDGET = Pattern.compile("PrimeFaces\\.cw\\(\"(\\w+)\",\"[^\"]*\",\\{id:\"([^\"]+)\"");

    private static final Pattern STACK_TRACE =
            Pattern.compile("\\.java:\\d+\\)|Exception:|java\\.lang\\.|org\\.hibernate\\.|jakarta\\.faces\\.Faces");

    private static final Pattern CODE_NAME = Pattern.compile("(?i).*(creditcode|credit-code|idnumber|username|:code)$");

    private FormProbe() {}

    /** The fields of a form, read off the page: what a user can type, tick or choose. */
    static List<Field> fields(String html, String formId) {
        Document page = Jsoup.parse(html);
        Element form = page.getElementById(formId);
        if (form == null) {
            throw new IllegalStateException("no form " + formId + " on the page");
        }
        Map<String, String> widgets = new LinkedHashMap<>();
        Matcher widget = WIDGET.matcher(html);
        while (widget.find()) {
            widgets.put(widget.group(2), widget.group(1));
        }
        Map<String, Field> found = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            String type = input.tagName().equals("input") ? input.attr("type").toLowerCase() : input.tagName();
            if (name.equals(formId)
                    || name.startsWith("jakarta.faces")
                    || name.startsWith("primefaces")
                    || name.endsWith("_focus")
                    || input.hasAttr("disabled")
                    || input.hasAttr("readonly")) {
                continue;
            }
            String component = name.replaceAll("_(h?input)$", "");
            String widgetType = widgets.getOrDefault(component, "");
            int max = input.hasAttr("maxlength") ? Integer.parseInt(input.attr("maxlength")) : 0;
            switch (type) {
                case "submit", "button", "file", "image", "reset" -> {}
                case "hidden" -> {
                    if (name.endsWith("_hinput")) { // inputNumber: the hidden number is what the server reads
                        found.put(name, new Field(name, component + "_input", Kind.NUMBER, 0, false));
                    }
                }
                case "checkbox" -> {
                    if (!name.endsWith("_input")) { // a group of boxes; a single yes/no box has nothing to abuse
                        found.putIfAbsent(name, new Field(name, null, Kind.CHOICE, 0, true));
                    }
                }
                case "radio", "select" -> found.putIfAbsent(name, new Field(name, null, Kind.CHOICE, 0, false));
                case "textarea" -> found.put(name, new Field(name, null, Kind.AREA, max, false));
                default -> {
                    if (found.containsKey(component + "_hinput") || widgetType.equals("InputNumber")) {
                        continue;
                    }
                    Kind kind = widgetType.equals("DatePicker")
                            ? Kind.DATE
                            : CODE_NAME.matcher(component).matches() ? Kind.CODE : Kind.LINE;
                    found.put(name, new Field(name, null, kind, max, false));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** Every value the form would post now, by name (several for ticked boxes). */
    static Map<String, List<String>> values(String html, String formId) {
        Element form = Jsoup.parse(html).getElementById(formId);
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (form == null) {
            return values;
        }
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            String type = input.tagName().equals("input") ? input.attr("type").toLowerCase() : input.tagName();
            List<String> list = values.computeIfAbsent(name, n -> new ArrayList<>());
            switch (type) {
                case "submit", "button", "file", "image", "reset" -> values.remove(name);
                case "checkbox", "radio" -> {
                    if (input.hasAttr("checked")) {
                        list.add(input.attr("value").isEmpty() ? "on" : input.attr("value"));
                    }
                }
                case "select" -> input.select("option[selected]").forEach(o -> list.add(o.attr("value")));
                case "textarea" -> list.add(input.val());
                default -> list.add(input.attr("value"));
            }
        }
        return values;
    }

    /**
     * The page an edit form was last fetched as, after its previous case: the next case of the same form starts from
     * it instead of fetching it again (it is what a fresh fetch would give: the saved data as they are now). The
     * cases run one after another, so one page per form is all there is.
     */
    private static final Map<Target, String> LAST_SEEN = new java.util.IdentityHashMap<>();

    /** The outcome of one case: null when it is right, otherwise what is wrong. */
    static String probe(Target target, Field field, Payload payload) {
        WebClient client = target.client().get();
        String seen = target.mode() == Mode.EDIT ? LAST_SEEN.remove(target) : null;
        String html = seen != null ? seen : target.open().apply(client);
        Map<String, List<String>> before = values(html, target.formId());
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry(target.formId(), target.formId()));
        Map<String, String> fills = target.fills().get();
        before.forEach((name, vs) -> {
            String short_ = name.substring(name.indexOf(':') + 1);
            if (name.equals(field.name()) || name.equals(field.partner())) {
                if (field.many()) {
                    vs.forEach(v -> form.add(Map.entry(name, v)));
                }
                form.add(Map.entry(name, payload.value()));
            } else if (fills.containsKey(short_)) {
                form.add(Map.entry(name, fills.get(short_)));
            } else {
                vs.forEach(v -> form.add(Map.entry(name, v)));
            }
        });
        if (!before.containsKey(field.name())) {
            form.add(Map.entry(field.name(), payload.value()));
        }
        form.add(Map.entry(target.formId() + ":" + target.button(), ""));
        form.add(Map.entry("jakarta.faces.ViewState", Applicants.viewState(html)));
        HttpResponse<String> response = client.post(target.path(), form);

        String body = Objects.requireNonNullElse(response.body(), "");
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (status >= 500 || location.contains("/error/")) {
            return "answered " + status + " " + location;
        }
        if (STACK_TRACE.matcher(body).find()) {
            return "a stack trace in the answer";
        }
        if (payload.markup() && body.contains(payload.value())) {
            return "the markup came back unescaped";
        }
        if (body.contains(Payloads.EL_RESULT)) {
            return "the expression was evaluated";
        }
        boolean message = body.contains("tfs-message-error")
                || body.contains("ui-message-error")
                || body.contains("ui-state-error");
        boolean accepted = status == 302 || (status == 200 && !message);
        if (field.tableState()) {
            return null;
        }
        if (payload.expect() == Expect.REFUSED && accepted) {
            return "accepted (" + status + "), expected a validation message";
        }
        if (target.mode() != Mode.EDIT) {
            return null;
        }
        String afterPage = target.open().apply(target.client().get());
        Map<String, List<String>> after = values(afterPage, target.formId());
        List<String> compared = new ArrayList<>();
        fields(html, target.formId()).forEach(f -> {
            compared.add(f.name());
            compared.add(f.partner());
        });
        for (Map.Entry<String, List<String>> was : before.entrySet()) {
            if (!compared.contains(was.getKey())) {
                continue;
            }
            List<String> now = after.get(was.getKey());
            boolean probed = was.getKey().equals(field.name()) || was.getKey().equals(field.partner());
            // a text area gives line breaks back as LF, as HTML defines
            if (probed
                    && payload.expect() == Expect.TEXT
                    && now != null
                    && now.equals(List.of(payload.value().replace("\r\n", "\n")))) {
                continue; // kept exactly as typed
            }
            if (!was.getValue().equals(now)) {
                return "saved data changed: " + was.getKey() + " was " + abbreviate(was.getValue()) + ", now "
                        + abbreviate(now);
            }
        }
        LAST_SEEN.put(target, afterPage);
        return null;
    }

    private static String abbreviate(List<String> values) {
        String s = String.valueOf(values);
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
