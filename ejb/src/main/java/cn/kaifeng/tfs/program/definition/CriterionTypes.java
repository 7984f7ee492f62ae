package cn.kaifeng.tfs.program.definition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registry of criterion types by code. Built from every {@link CriterionType} bean in the application, so a
 * plugin type needs no registration; two types with the same code stop the start-up with both class names.
 */
@ApplicationScoped
public class CriterionTypes {

    private Map<String, CriterionType> byCode;

    protected CriterionTypes() {
        // for CDI proxies
    }

    @Inject
    public CriterionTypes(@Any Instance<CriterionType> discovered) {
        this(toList(discovered));
    }

    private CriterionTypes(List<CriterionType> types) {
        Map<String, CriterionType> map = new TreeMap<>();
        for (CriterionType type : types) {
            CriterionType before = map.putIfAbsent(type.code(), type);
            if (before != null) {
                throw new IllegalStateException("Two criterion types share the code '" + type.code() + "': "
                        + before.getClass().getName() + " and "
                        + type.getClass().getName());
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    /** A registry of exactly these types (for tests and tools that run without a container). */
    public static CriterionTypes of(List<CriterionType> types) {
        return new CriterionTypes(types);
    }

    private static List<CriterionType> toList(Instance<CriterionType> discovered) {
        List<CriterionType> list = new ArrayList<>();
        discovered.forEach(list::add);
        return list;
    }

    public Optional<CriterionType> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The codes known, sorted; listed in the message when a definition names an unknown type. */
    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }
}
