package cn.kaifeng.tfs.casefile.web;

import cn.kaifeng.tfs.casefile.domain.FormCheck;
import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.program.web.FieldInput;
import cn.kaifeng.tfs.program.web.ProgramTexts;
import cn.kaifeng.tfs.shell.web.Messages;
import java.util.List;

/**
 * Shows the problems the server's form check found on a form generated from field definitions (the application
 * form, a progress report's fields): each next to its input when the input is a top-level one, otherwise at the top
 * of the page, always named by the field's label in the user's language. One place, so every generated form words
 * its problems alike.
 */
public final class FormProblems {

    private FormProblems() {}

    /**
     * Adds a message for each problem; {@code fields} are all the form's fields, also those without an input of
     * their own here (an application's file fields, which its files part shows), so that every problem is named by
     * its label; {@code repeatId} is the client id of the {@code ui:repeat} the inputs are rendered by (e.g.
     * {@code app:fields}).
     */
    public static void show(
            Messages messages,
            ProgramTexts texts,
            List<FieldDefinition> fields,
            List<FieldInput> inputs,
            String repeatId,
            List<FormCheck.Problem> problems) {
        for (FormCheck.Problem problem : problems) {
            messages.error(
                    clientIdOf(inputs, repeatId, problem),
                    "form.problem",
                    label(messages, texts, fields, problem),
                    messages.text(problem.key(), problem.arguments().toArray()));
        }
    }

    /** Where a problem is shown: next to its field for top-level fields, at the top of the page for group rows. */
    private static String clientIdOf(List<FieldInput> inputs, String repeatId, FormCheck.Problem problem) {
        for (int i = 0; i < inputs.size(); i++) {
            FieldInput input = inputs.get(i);
            if (input.getField().code().equals(problem.field()) && problem.row() == 0 && !input.isGroup()) {
                return repeatId + ":" + i + ":" + component(input.getField());
            }
        }
        return null;
    }

    private static String component(FieldDefinition field) {
        return switch (field.type()) {
            case NUMBER, MONEY, PERCENTAGE -> "number";
            case CHOICE -> "choice";
            case MULTI_CHOICE -> "choices";
            case BOOLEAN -> "bool";
            default -> "text";
        };
    }

    private static String label(
            Messages messages, ProgramTexts texts, List<FieldDefinition> fields, FormCheck.Problem problem) {
        FieldDefinition field = fields.stream()
                .filter(f -> f.code().equals(problem.field()))
                .findFirst()
                .orElse(null);
        if (field == null) {
            return problem.field();
        }
        String label = texts.text(field.label());
        if (problem.subField() != null) {
            String sub = field.fields().stream()
                    .filter(f -> f.code().equals(problem.subField()))
                    .map(f -> texts.text(f.label()))
                    .findFirst()
                    .orElse(problem.subField());
            return messages.text("form.rowField", label, problem.row(), sub);
        }
        return label;
    }
}
