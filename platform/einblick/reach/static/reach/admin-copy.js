// Embed builder (CMS): "Code kopieren" copies the code of its textarea.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-copy-target]");
    if (!button) return;
    var id = button.getAttribute("data-copy-target");
    var field = document.getElementById(id);
    var status = document.querySelector('[data-copy-status="' + id + '"]');
    function done(text) { if (status) status.textContent = text; }
    field.select();
    if (navigator.clipboard) {
      navigator.clipboard.writeText(field.value).then(
        function () { done("Kopiert."); },
        function () { done("Bitte mit Strg+C kopieren."); }
      );
    } else {
      done(document.execCommand("copy") ? "Kopiert." : "Bitte mit Strg+C kopieren.");
    }
  });
})();
