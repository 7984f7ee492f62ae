package cn.kaifeng.tfs.attachment.web;

import cn.kaifeng.tfs.attachment.domain.Attachment;
import cn.kaifeng.tfs.attachment.service.AttachmentService;
import cn.kaifeng.tfs.casefile.web.ApplicationPage;
import cn.kaifeng.tfs.program.domain.FieldType;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The files part of the applicant's application page: each file field with the files accepted for it, uploads and
 * removals. The page ({@link ApplicationPage}) says which application and program it is.
 */
@Named
@ViewScoped
public class ApplicationFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationPage page;

    @Inject
    private AttachmentService attachments;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private List<AttachmentSlot> slots;

    public List<AttachmentSlot> getSlots() {
        if (slots == null) {
            if (page.getProgram() == null) {
                return List.of();
            }
            List<Attachment> accepted = attachments.of(currentUser.username(), page.applicationId());
            slots = page.getProgram().fields().stream()
                    .filter(f -> f.type() == FieldType.FILE)
                    .map(f -> new AttachmentSlot(f, accepted))
                    .toList();
        }
        return slots;
    }

    /**
     * One file arriving for one file field (the uploader says which). A refused file is explained next to the
     * field's name; files already accepted and the form's values are untouched either way.
     */
    public void upload(FileUploadEvent event) {
        String fieldCode = String.valueOf(event.getComponent().getAttributes().get("field"));
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            attachments.upload(currentUser.username(), page.applicationId(), fieldCode, file.getFileName(), content);
            messages.info("attachment.accepted", file.getFileName());
        } catch (DomainException e) {
            messages.error(
                    null, "form.problem", page.fieldLabel(fieldCode), messages.text(e.messageKey(), e.arguments()));
        } catch (IOException e) {
            messages.error(null, "form.problem", page.fieldLabel(fieldCode), messages.text("attachment.storageFailed"));
        }
        slots = null;
    }

    public void remove(long attachmentId) {
        try {
            attachments.remove(currentUser.username(), attachmentId);
            messages.info("attachment.removed");
        } catch (DomainException e) {
            messages.error(null, e);
        }
        slots = null;
    }
}
