package cn.kaifeng.tfs.shell.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A JSF Ajax request cannot follow an HTTP redirect; it follows a partial response that names the address. */
public final class AjaxRedirect {

    private AjaxRedirect() {}

    public static boolean isAjax(jakarta.servlet.http.HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    public static void send(HttpServletResponse response, String location) throws IOException {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + location.replace("&", "&amp;").replace("\"", "&quot;")
                        + "\"></redirect></partial-response>");
    }
}
