// Names for the story editor's fields that Wagtail's widgets leave unnamed for assistive
// technologies: Draftail's rich-text boxes (role="textbox") and the tag input. Each gets
// the label of its own field; StreamField blocks added later are named as they appear.
(function () {
  "use strict";

  function libelleDuChamp(element) {
    var champ = element.closest("[data-field-wrapper], .w-field__wrapper, .w-field, [data-contentpath]");
    while (champ) {
      var label = champ.querySelector("label, .w-field__label, [data-streamfield-block-title]");
      if (label && label.textContent.trim()) {
        return label;
      }
      champ = champ.parentElement && champ.parentElement.closest("[data-field-wrapper], .w-field__wrapper, .w-field, [data-contentpath]");
    }
    return null;
  }

  function nommer(element, secours) {
    if (element.hasAttribute("aria-label") || element.hasAttribute("aria-labelledby")) {
      return;
    }
    var label = libelleDuChamp(element);
    if (label) {
      if (!label.id) {
        label.id = "libelle-" + Math.random().toString(36).slice(2, 10);
      }
      element.setAttribute("aria-labelledby", label.id);
    } else {
      element.setAttribute("aria-label", secours);
    }
  }

  function parcourir() {
    document.querySelectorAll('[role="textbox"][contenteditable="true"], .public-DraftEditor-content').forEach(function (boite) {
      nommer(boite, "Texte");
    });
    document.querySelectorAll(".tagify__input, tags.tagify [contenteditable], .tagit input.ui-autocomplete-input, input.ui-autocomplete-input").forEach(function (saisie) {
      nommer(saisie, "Mots-clés");
    });
  }

  function demarrer() {
    parcourir();
    new MutationObserver(parcourir).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", demarrer);
  } else {
    demarrer();
  }
})();
