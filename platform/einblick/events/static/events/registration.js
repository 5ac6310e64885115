// Event page: refresh the seats left every 30 s while visible; show the group size only
// for class registrations. Works without it: the server renders both.
(function () {
  "use strict";
  var box = document.querySelector("[data-seats-url]");
  // Texts in the page's language come as data attributes with %(left)s / %(capacity)s.
  function fill(name, fallback, slot) {
    var text = box.getAttribute("data-text-" + name) || fallback;
    return text.split("%(left)s").join(String(slot.left)).split("%(capacity)s").join(String(slot.capacity));
  }
  function text(slot) {
    var slots = box.querySelector(".seats__slots");
    if (slot.left > 0) {
      return slots
        ? fill("slot-free", "%(left)s von %(capacity)s Plätzen frei", slot)
        : fill("free", "Noch %(left)s von %(capacity)s Plätzen frei", slot);
    }
    return slots
      ? fill("slot-full", "ausgebucht – Warteliste", slot)
      : fill("full", "Ausgebucht – Sie können sich auf die Warteliste setzen", slot);
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
