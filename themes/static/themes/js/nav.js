/* Einblick – disclosures on narrow screens (no inline script: CSP): the main menu
   ([data-site-nav], button .site-nav__toggle) and panels such as the offer filters
   ([data-disclosure], button [data-disclosure-toggle]). Without this file the content is
   always shown; with it, phones get a button that opens and closes it (aria-expanded) and
   Escape closes it. */
(function () {
  "use strict";
  document.querySelectorAll("[data-site-nav], [data-disclosure]").forEach(function (box) {
    var button = box.querySelector(".site-nav__toggle, [data-disclosure-toggle]");
    if (!button) return;
    function setOpen(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
    }
    box.classList.add(box.hasAttribute("data-site-nav") ? "site-nav--collapsible" : "is-collapsible");
    button.hidden = false;
    button.addEventListener("click", function () {
      setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        button.focus();
      }
    });
  });
})();
