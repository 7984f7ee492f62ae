package cn.kaifeng.tfs.bank.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/**
 * Writes an eligibility answer, the API's hottest document, with JSON-P's streaming generator straight onto the
 * response, instead of through JSON-B. The document is the one JSON-B writes for {@link EligibilityJson} (its
 * properties in lexicographic order, nulls left out, dates in ISO form): EligibilityJsonWriterTest holds the two to
 * the same bytes, and batch answers still go through JSON-B. Why: JSON-B's object walk, the String it builds and
 * its encoding to bytes are the largest cost of an eligibility call that a no-op call does not share
 * (docs/performance.md).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityJsonWriter implements MessageBodyWriter<EligibilityJson> {

    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == EligibilityJson.class;
    }

    @Override
    public void writeTo(
            EligibilityJson answer,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders,
            OutputStream entityStream)
            throws IOException {
        // closing the generator writes out and returns its buffer; the response's stream is left open, as JAX-RS asks
        try (JsonGenerator g = JSON.createGenerator(new Unclosed(entityStream), StandardCharsets.UTF_8)) {
            write(g, answer);
        }
    }

    /** The answer as one JSON object; the property names are EligibilityJson's components, in JSON-B's order. */
    static void write(JsonGenerator g, EligibilityJson a) {
        g.writeStartObject();
        text(g, "answeredAt", a.answeredAt());
        g.write("authorised", a.authorised());
        text(g, "authorisedUntil", a.authorisedUntil());
        text(g, "creditCode", a.creditCode());
        text(g, "organisation", a.organisation());
        if (a.programs() != null) {
            g.writeStartArray("programs");
            for (EligibilityJson.ProgramJson p : a.programs()) {
                program(g, p);
            }
            g.writeEnd();
        }
        reasons(g, a.reasons());
        g.writeEnd();
    }

    private static void program(JsonGenerator g, EligibilityJson.ProgramJson p) {
        g.writeStartObject();
        text(g, "category", p.category());
        text(g, "eligibleListPublishedAt", p.eligibleListPublishedAt());
        if (p.eligibleListVersion() != null) {
            g.write("eligibleListVersion", p.eligibleListVersion());
        }
        text(g, "name", p.name());
        text(g, "program", p.program());
        reasons(g, p.reasons());
        text(g, "status", p.status());
        EligibilityJson.SupportJson s = p.support();
        if (s != null) {
            g.writeStartObject("support");
            number(g, "amount", s.amount());
            text(g, "letterNumber", s.letterNumber());
            text(g, "validFrom", s.validFrom());
            text(g, "validUntil", s.validUntil());
            text(g, "verificationCode", s.verificationCode());
            g.writeEnd();
        }
        // the list's values again under their old names (deprecated, see EligibilityJson.ProgramJson)
        text(g, "whitelistPublishedAt", p.whitelistPublishedAt());
        if (p.whitelistVersion() != null) {
            g.write("whitelistVersion", p.whitelistVersion());
        }
        g.writeEnd();
    }

    private static void reasons(JsonGenerator g, List<EligibilityJson.ReasonJson> reasons) {
        if (reasons == null) {
            return;
        }
        g.writeStartArray("reasons");
        for (EligibilityJson.ReasonJson r : reasons) {
            g.writeStartObject();
            text(g, "code", r.code());
            text(g, "text", r.text());
            g.writeEnd();
        }
        g.writeEnd();
    }

    private static void text(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.write(name, value);
        }
    }

    /** A date or an instant, as JSON-B writes them by default: their ISO-8601 form. */
    private static void text(JsonGenerator g, String name, TemporalAccessor value) {
        if (value != null) {
            g.write(name, value.toString());
        }
    }

    private static void number(JsonGenerator g, String name, BigDecimal value) {
        if (value != null) {
            g.write(name, value);
        }
    }

    /**
     * The response's stream, neither flushed nor closed by the generator: the container sends the answer when the
     * call completes, in one piece with its Content-Length; a flush here would send the headers early and the answer
     * chunked.
     */
    private static final class Unclosed extends FilterOutputStream {

        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
