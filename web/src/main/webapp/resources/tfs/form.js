/* Warns before leaving an application form with changes not yet saved. A change marks the form dirty; a
   successful save (or autosave, or submission) clears the mark when its Ajax response arrives. */
(function () {
    var dirty = false;
    document.addEventListener("input", function (e) {
        if (e.target.closest && e.target.closest("form.tfs-application-form[data-draft='true']")) {
            dirty = true;
        }
    });
    document.addEventListener("change", function (e) {
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
