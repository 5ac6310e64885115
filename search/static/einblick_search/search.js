// Search page helpers: browser geolocation (sent only as query parameters of this search,
// never stored) and autocomplete from /api/v1/search/suggest/. No third-party requests.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  if (!form) return;
  var near = form.querySelector("[data-near]");
  var locate = form.querySelector("[data-locate]");
  var status = form.querySelector("[data-locate-status]");
  if (locate && "geolocation" in navigator) {
    locate.hidden = false;
    locate.addEventListener("click", function () {
      status.textContent = status.getAttribute("data-locating") || "Standort wird ermittelt …";
      navigator.geolocation.getCurrentPosition(function (pos) {
        near.value = pos.coords.latitude.toFixed(4) + "," + pos.coords.longitude.toFixed(4);
        var town = form.querySelector("[name=ort]");
        if (town) town.value = "";
        status.textContent = status.getAttribute("data-using") || "Standort wird verwendet (nur für diese Suche, nicht gespeichert).";
        form.submit();
      }, function () {
        status.textContent = status.getAttribute("data-unavailable") || "Standort nicht verfügbar. Bitte einen Ort wählen.";
      }, {maximumAge: 600000, timeout: 10000});
    });
  }
  var town = form.querySelector("[name=ort]");
  if (town) town.addEventListener("change", function () { near.value = ""; });
  var input = form.querySelector("[name=q]");
  var list = document.getElementById("search-suggestions");
  var scope = form.querySelector("[name=scope]");
  var timer = null;
  if (input && list && window.fetch) {
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) return;
      timer = setTimeout(function () {
        var url = form.dataset.suggestUrl + "?q=" + encodeURIComponent(q) +
          (scope && scope.checked ? "&scope=all" : "");
        fetch(url, {credentials: "omit"}).then(function (r) { return r.json(); }).then(function (data) {
          list.textContent = "";
          (data.suggestions || []).forEach(function (s) {
            var opt = document.createElement("option");
            opt.value = s;
            list.appendChild(opt);
          });
        }).catch(function () {});
      }, 200);
    });
  }
})();
