package cn.kaifeng.tfs.program.definition;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong in a definition file: where (file, line, path such as {@code sections[1].criteria[0].bands})
 * and what (a message key in definition*.properties with its arguments).
 */
public record DefinitionProblem(String file, int line, String path, String key, String[] arguments)
        implements Serializable {

    private static final String BUNDLE = "cn.kaifeng.tfs.program.definition.definition";

    /** The problem in words, e.g. "talent-team.yaml 第 12 行 sections[0].criteria[1].type：未知的评分类型“bandz”…". */
    public String describe(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String what = new MessageFormat(bundle.getString(key), locale).format(arguments);
        return new MessageFormat(bundle.getString("problem.where"), locale)
                .format(new Object[] {file, String.valueOf(line), path.isEmpty() ? "/" : path, what});
    }

    @Override
    public String toString() {
        return file + ":" + line + " " + path + " " + key + " " + Arrays.toString(arguments);
    }
}
