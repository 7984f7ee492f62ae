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

    /**
     * The id a view keeps: the one it was opened for. A view parameter is decoded again on every postback, so a
     * post that names another id (in its URL or its body) would otherwise make the page's actions, and their audit
     * records, be about another object than the one shown and checked when the view was opened. Once set, the id
     * stays; a page for another object is another view.
     */
    public static Long bound(Long current, String given) {
        return current != null ? current : parse(given);
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
