/* The main menu at phone width: folded behind its button, which opens and closes it (Enter or Space, as any button)
   and says whether it is open (aria-expanded); Escape closes an open menu and gives the focus back to the button.
   The button stays hidden without this script, and CSS folds the list only once the script has marked the menu
   (tfs-nav-collapsible), so without the script every link is shown. */
(function () {
    var nav = document.getElementById("nav");
    var toggle = document.getElementById("nav-toggle");
    if (!nav || !toggle) {
        return;
    }
    function open(yes) {
        toggle.setAttribute("aria-expanded", yes ? "true" : "false");
        nav.classList.toggle("tfs-nav-open", yes);
    }
    toggle.hidden = false;
    nav.classList.add("tfs-nav-collapsible");
    toggle.addEventListener("click", function () {
        open(toggle.getAttribute("aria-expanded") !== "true");
    });
    nav.addEventListener("keydown", function (e) {
        if (e.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
            open(false);
            toggle.focus();
        }
    });
})();
