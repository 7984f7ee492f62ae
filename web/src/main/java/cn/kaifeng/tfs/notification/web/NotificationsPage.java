package cn.kaifeng.tfs.notification.web;

import cn.kaifeng.tfs.notification.service.NotificationService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The applicant's notifications, and the unread count the menu shows on every page. Opening the list marks what
 * it shows as read; what was unread until now stays marked as such on that page.
 */
@Named
@RequestScoped
public class NotificationsPage {

    @Inject
    private NotificationService notifications;

    @Inject
    private CurrentUser currentUser;

    private List<NotificationService.Row> rows;
    private Long unread;

    /** Called by the page: reads the list, then marks it read. */
    public void open() {
        rows = notifications.mine(currentUser.username());
        notifications.markAllRead(currentUser.username());
        unread = 0L;
    }

    public List<NotificationService.Row> getRows() {
        return rows == null ? List.of() : rows;
    }

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.hasRole("APPLICANT") ? notifications.unread(currentUser.username()) : 0L;
        }
        return unread;
    }
}
