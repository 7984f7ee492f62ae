/* Warns before leaving an application form with changes not yet saved (attachments are kept as they arrive). A change marks the form dirty; a
   successful save (or autosave, or submission) clears the mark when its Ajax response arrives. */
(function () {
    var dirty = false;
    document.addEventListener("input", function (e) {
        if (e.target.closest && e.target.closest("form.tfs-application-form[data-draft='true']")) {
            dirty = true;
        }
    });
    document.addEventListener("change", function (e) {
        // a chosen file is uploaded and kept at once: nothing left unsaved
        if (e.target.type === "file") {
            return;
        }
        if (e.target.closest && e.target.closest("form.tfs-application-form[data-draft='true']")) {
            dirty = true;
        }
    });
    document.addEventListener("click", function (e) {
        if (e.target.closest && e.target.closest(".tfs-save, [id$=':submit'], [id$=':confirm-yes']")) {
            dirty = false;
        }
    });
    window.addEventListener("beforeunload", function (e) {
        if (dirty) {
            e.preventDefault();
            e.returnValue = "";
        }
    });
})();

/* The uploader draws a progress bar per file without a name; screen readers need one ("上传进度"). */
(function () {
    function name(root) {
        root.querySelectorAll(".ui-fileupload [role='progressbar']:not([aria-label])").forEach(function (bar) {
            bar.setAttribute("aria-label", document.documentElement.lang === "en" ? "Upload progress" : "上传进度");
        });
    }
    new MutationObserver(function () { name(document); }).observe(document.documentElement, {childList: true, subtree: true});
    name(document);
})();

