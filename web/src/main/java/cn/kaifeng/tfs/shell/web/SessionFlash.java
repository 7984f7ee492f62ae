package cn.kaifeng.tfs.shell.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Messages kept for the page a redirect leads to (post-redirect-get), held in the HTTP session until that page is
 * rendered. Not JSF's flash: Mojarra keeps the flash's contents in the memory of the node that set it (only a
 * sequence number travels, in a cookie), so on a cluster a message was lost whenever the page after the redirect
 * came from the other node, as it does when the first node dies. The session is replicated to every node.
 *
 * <p>{@link Messages#flashInfo} shows the message at once and keeps it here; before the next render (of this request
 * if it did not redirect, else of the page it redirected to) the kept messages not already on the page are added to
 * it, and the session forgets them.
 */
public class SessionFlash implements PhaseListener {

    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = "tfs.keptMessages";

    /** Keeps a message (info) for the next page rendered in this session. */
    static void keep(FacesContext context, String text) {
        Map<String, Object> session = context.getExternalContext().getSessionMap();
        @SuppressWarnings("unchecked")
        List<String> kept = (List<String>) session.get(ATTRIBUTE);
        List<String> more = kept == null ? new ArrayList<>() : new ArrayList<>(kept);
        more.add(text);
        // set again rather than changed in place: a distributable session replicates what is set
        session.put(ATTRIBUTE, more);
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getExternalContext().getSession(false) == null) {
            return;
        }
        Map<String, Object> session = context.getExternalContext().getSessionMap();
        @SuppressWarnings("unchecked")
        List<String> kept = (List<String>) session.remove(ATTRIBUTE);
        if (kept == null) {
            return;
        }
        List<String> shown = context.getMessageList(null).stream()
                .map(FacesMessage::getSummary)
                .toList();
        for (String text : kept) {
            if (!shown.contains(text)) {
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
