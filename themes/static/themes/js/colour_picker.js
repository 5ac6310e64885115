// Picking a colour means "own colour": untick "Farbe des Themes verwenden" next to it.
document.addEventListener("input", (event) => {
  const picker = event.target.closest("[data-colour-picker]");
  if (picker && event.target.type === "color") {
    picker.querySelector("[data-colour-picker-theme]").checked = false;
  }
});
