package cn.kaifeng.tfs.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B engine for the whole API. Without it, each response built a new one: a service-loader scan of the
 * deployment's jars and a fresh introspection of every class written, about a millisecond per call, which capped
 * the API at a thousand requests a second. A Jsonb is thread-safe and holds no application state.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
