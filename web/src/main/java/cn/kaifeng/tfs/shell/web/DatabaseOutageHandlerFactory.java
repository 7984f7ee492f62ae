package cn.kaifeng.tfs.shell.web;

import cn.kaifeng.tfs.shared.infra.DatabaseOutage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.jboss.logging.Logger;

/**
 * A JSF request (a page, a form post, an Ajax save or upload) that failed because the database was away is answered
 * here, as {@link Unavailable} does: a page or form post with 503, Retry-After and the "try again" page; an Ajax
 * request with the "try again" message in the page's messages, the page and what was typed in it staying. Left to
 * the standard handler, an Ajax request would get an error element naming the exception's class, which the page's
 * scripts ignore (the user would see nothing happen), and a full-page request a 500 whose response the standard
 * handler first empties of every header, the server's security headers included. Everything else goes on to the
 * standard handler. Registered in faces-config.xml.
 */
public class DatabaseOutageHandlerFactory extends ExceptionHandlerFactory {

    public DatabaseOutageHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(DatabaseOutageHandlerFactory.class);

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null) {
                HttpServletRequest request =
                        (HttpServletRequest) faces.getExternalContext().getRequest();
                HttpServletResponse response =
                        (HttpServletResponse) faces.getExternalContext().getResponse();
                Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    Throwable thrown = events.next().getContext().getException();
                    if (DatabaseOutage.isCause(thrown) && !response.isCommitted()) {
                        events.remove();
                        if (!faces.getResponseComplete()) {
                            answer(faces, request, response, thrown);
                        }
                    }
                }
            }
            getWrapped().handle();
        }

        private static void answer(
                FacesContext faces, HttpServletRequest request, HttpServletResponse response, Throwable thrown) {
            LOG.warnf(
                    "%s %s%s answered 503: the database is unavailable (%s)",
                    request.getMethod(),
                    request.getRequestURI(),
                    faces.getPartialViewContext().isAjaxRequest() ? " (Ajax)" : "",
                    DatabaseOutage.summary(thrown));
            try {
                Unavailable.answer(
                        request,
                        response,
                        faces.getViewRoot() == null
                                ? LocaleSelection.CHINESE
                                : faces.getViewRoot().getLocale());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
