// Event page: refresh the seats left every 30 s while visible; show the group size only
// for class registrations. Works without it: the server renders both.
(function () {
  "use strict";
  var box = document.querySelector("[data-seats-url]");
  function text(slot) {
    if (slot.left > 0) {
      return box.querySelector(".seats__slots")
        ? slot.left + " von " + slot.capacity + " Plätzen frei"
        : "Noch " + slot.left + " von " + slot.capacity + " Plätzen frei";
    }
    return box.querySelector(".seats__slots") ? "ausgebucht – Warteliste" : "Ausgebucht – Sie können sich auf die Warteliste setzen";
  }
  function refresh() {
    if (!box || document.hidden) return;
    fetch(box.dataset.seatsUrl, { credentials: "omit", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) return;
        data.slots.forEach(function (slot) {
          var row = box.querySelector('[data-slot="' + (slot.id === null ? "" : slot.id) + '"] [data-left]');
          if (row && row.textContent !== text(slot)) row.textContent = text(slot);
        });
      })
      .catch(function () {});
  }
  if (box) setInterval(refresh, 30000);
  var toggle = document.getElementById("id_is_group");
  var size = document.querySelector(".reg-field--group");
  function sync() { if (size) size.hidden = !toggle.checked; }
  if (toggle && size) { toggle.addEventListener("change", sync); sync(); }
  var summary = document.getElementById("reg-fehler");
  if (summary) summary.focus();
})();
