/* A searchable multi-select (compendium.core.widgets.SearchableSelectMultiple).
   The <select multiple data-searchable-select> stays in the form and holds the value; this script
   hides it and shows chips of the chosen options, a text box that filters the options as one
   types (letters anywhere in the name, accents and case ignored) and a list to pick from.
   Keyboard: Down/Up move in the list (Down in the empty box lists all), Enter picks, Escape
   closes, Backspace in the empty box removes the last chip. Without this script the select works as it is. */
(function () {
  "use strict";
  var count = 0;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function say(template, name) {
    return template.replace("%(name)s", name);
  }

  function enhance(select) {
    if (select.dataset.searchableReady) return;
    select.dataset.searchableReady = "1";
    var n = ++count;
    var d = select.dataset;
    var box = document.createElement("div");
    box.className = "searchable-select";
    var chips = document.createElement("ul");
    chips.className = "searchable-select__chips";
    chips.setAttribute("aria-label", d.chosenLabel || "Chosen");
    var input = document.createElement("input");
    input.type = "text";
    input.id = (select.id || "searchable-" + n) + "-search";
    input.className = "searchable-select__input";
    input.placeholder = d.placeholder || "";
    input.autocomplete = "off";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    var list = document.createElement("ul");
    list.id = input.id + "-options";
    list.className = "searchable-select__options";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.setAttribute("aria-controls", list.id);
    if (select.getAttribute("aria-describedby")) input.setAttribute("aria-describedby", select.getAttribute("aria-describedby"));
    var status = document.createElement("div");
    status.className = "searchable-select__status";
    status.setAttribute("role", "status");
    var label = select.id && document.querySelector('label[for="' + select.id + '"]');
    if (label) {
      label.htmlFor = input.id; // the field's label now names the text box
      list.setAttribute("aria-label", label.textContent.trim());
    }
    box.append(chips, input, list, status);
    select.hidden = true;
    select.after(box);
    var active = -1;
    var shown = [];

    function changed(option, message) {
      select.dispatchEvent(new Event("change", { bubbles: true }));
      drawChips();
      status.textContent = say(message, option.text);
    }

    function drawChips() {
      chips.replaceChildren();
      Array.prototype.forEach.call(select.selectedOptions, function (option) {
        var chip = document.createElement("li");
        chip.className = "searchable-select__chip";
        var name = document.createElement("span");
        name.textContent = option.text;
        var remove = document.createElement("button");
        remove.type = "button";
        remove.textContent = "\u00d7";
        remove.setAttribute("aria-label", say(d.removeLabel || "Remove %(name)s", option.text));
        remove.addEventListener("click", function () {
          option.selected = false;
          changed(option, d.removed || "%(name)s removed");
          input.focus();
        });
        chip.append(name, remove);
        chips.append(chip);
      });
    }

    function move(to) {
      var items = list.querySelectorAll("[role=option]");
      if (!items.length) return;
      active = (to + items.length) % items.length;
      items.forEach(function (item, i) {
        item.setAttribute("aria-selected", i === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({ block: "nearest" });
    }

    function pick(option) {
      option.selected = true;
      input.value = "";
      close();
      changed(option, d.added || "%(name)s added");
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function filter(everything) {
      var query = fold(input.value.trim());
      list.replaceChildren();
      active = -1;
      if (!query && everything !== true) return close();
      shown = Array.prototype.filter.call(select.options, function (option) {
        return !option.selected && option.value && fold(option.text).indexOf(query) !== -1;
      });
      shown.forEach(function (option, i) {
        var item = document.createElement("li");
        item.id = list.id + "-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.textContent = option.text;
        item.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the text box
          pick(option);
        });
        list.append(item);
      });
      if (!shown.length) {
        var none = document.createElement("li");
        none.className = "searchable-select__none";
        none.textContent = d.noMatch || "No match";
        list.append(none);
      }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      if (shown.length) move(0);
    }

    input.addEventListener("input", function () { filter(); });
    input.addEventListener("blur", close);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (list.hidden) {
          filter(true); // Down in the empty box lists every country not yet chosen
        } else {
          move(active + (event.key === "ArrowDown" ? 1 : -1));
        }
      } else if (event.key === "Enter") {
        if (!list.hidden) event.preventDefault(); // pick, do not submit the page
        if (active >= 0 && shown[active]) pick(shown[active]);
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();
        close();
      } else if (event.key === "Backspace" && !input.value && select.selectedOptions.length) {
        var last = select.selectedOptions[select.selectedOptions.length - 1];
        last.selected = false;
        changed(last, d.removed || "%(name)s removed");
      }
    });
    drawChips();
  }

  function enhanceAll(root) {
    (root || document).querySelectorAll("select[multiple][data-searchable-select]").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { enhanceAll(); });
  } else {
    enhanceAll();
  }
  // Panels added later (an inline form, a modal) are enhanced when they appear, once a frame.
  var queued = false;
  new MutationObserver(function () {
    if (queued) return;
    queued = true;
    requestAnimationFrame(function () { queued = false; enhanceAll(); });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
