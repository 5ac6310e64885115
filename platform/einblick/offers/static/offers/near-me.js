/* Einblick – "In meiner Nähe": the browser's position becomes the `nahe` parameter of the
   offer filter (only for this request; nothing is stored). Without script or permission the
   town list still works. */
(function () {
  "use strict";
  document.querySelectorAll("[data-near-form]").forEach(function (form) {
    var button = form.querySelector("[data-near-me]");
    var input = form.querySelector("[data-near-input]");
    var status = form.querySelector("[data-near-status]");
    if (!button || !input || !navigator.geolocation) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      if (status) status.textContent = status.getAttribute("data-locating") || "Standort wird ermittelt …";
      navigator.geolocation.getCurrentPosition(
        function (position) {
          input.value = position.coords.latitude.toFixed(4) + "," + position.coords.longitude.toFixed(4);
          input.disabled = false;
          var town = form.querySelector("[name=ort]");
          if (town) town.value = "";
          if (status) status.textContent = status.getAttribute("data-using") || "Standort wird verwendet (nur für diese Suche, nicht gespeichert).";
          form.submit();
        },
        function () {
          if (status) status.textContent = status.getAttribute("data-unavailable") || "Dein Standort ist nicht verfügbar. Wähle bitte einen Ort.";
        },
        { timeout: 10000, maximumAge: 600000 }
      );
    });
  });
})();
