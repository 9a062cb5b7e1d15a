/* Accessibility touch-ups for Material's own widgets, in the page's language.
   Material's search overlay is a role="dialog" without a name; give it the search field's own
   (already translated) placeholder, so screen readers announce it. Runs on every instant-
   navigation page swap too. */
(function () {
  function nameSearchDialog() {
    var dialog = document.querySelector(".md-search[role='dialog']");
    var input = document.querySelector(".md-search__input");
    if (dialog && input && !dialog.hasAttribute("aria-label")) {
      dialog.setAttribute("aria-label", input.getAttribute("placeholder") || input.getAttribute("aria-label") || "");
    }
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(nameSearchDialog);
  } else {
    document.addEventListener("DOMContentLoaded", nameSearchDialog);
  }
})();
