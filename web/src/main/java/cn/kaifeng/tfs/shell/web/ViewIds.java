package cn.kaifeng.tfs.shell.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * Ids in page URLs ({@code ?id=42}). A malformed id is simply no id, so the page answers "not found" exactly as for
 * an id that does not exist or belongs to someone else: nothing can be probed.
 */
public final class ViewIds {

    private ViewIds() {}

    /** The id as a number, or null when it is missing or not a number. */
    public static Long parse(String id) {
        try {
            return id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String format(Long id) {
        return id == null ? null : id.toString();
    }

    /** Ends the request with 404 (the error page says "not found"). */
    public static void notFound() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
        FacesContext.getCurrentInstance().responseComplete();
    }
}
