// gocrane compare's page: a source line and the instructions compiled from it highlight
// together, on hover and (stickily) on click, in all three panes.
"use strict";
(function () {
  const errors = [];
  window.addEventListener("error", (e) => errors.push(String(e.message)));
  const consoleError = console.error.bind(console);
  console.error = (...args) => { errors.push(args.join(" ")); consoleError(...args); };

  // Every element of source line `line` (`x.go:17`): the source line, its notes, its
  // instructions in both listings.
  const tagged = (line) => document.querySelectorAll(`[data-line="${CSS.escape(line)}"]`);
  const mark = (line, cls, on) => { for (const el of tagged(line)) el.classList.toggle(cls, on); };

  let hovered = null;
  let selected = null;

  // Brings the first element of `line` into view within each pane.
  function reveal(line) {
    for (const pane of document.querySelectorAll(".pane")) {
      const first = pane.querySelector(`[data-line="${CSS.escape(line)}"]`);
      if (first) {
        const scroll = pane.querySelector(".scroll");
        scroll.scrollTop = first.offsetTop - scroll.offsetTop - scroll.clientHeight / 3;
      }
    }
  }

  function select(line) {
    if (selected) mark(selected, "sel", false);
    selected = line === selected ? null : line;
    if (selected) {
      mark(selected, "sel", true);
      reveal(selected);
    }
  }

  for (const el of document.querySelectorAll(".src, .asm, .note")) {
    const line = el.dataset.line;
    el.addEventListener("mouseenter", () => {
      if (hovered) mark(hovered, "hover", false);
      hovered = line;
      mark(line, "hover", true);
    });
    el.addEventListener("mouseleave", () => {
      mark(line, "hover", false);
      hovered = null;
    });
    el.addEventListener("click", () => {
      select(line);
      history.replaceState(null, "", selected ? "#" + selected : location.pathname);
    });
  }

  // `#x.go:17` selects that line (a link to it).
  const linked = decodeURIComponent(location.hash.slice(1));
  if (linked && tagged(linked).length) select(linked);

  // `#selftest`: click the first source line with instructions in both listings and record
  // what got highlighted (for the page's test in headless Chromium).
  if (location.hash === "#selftest") {
    const result = { errors };
    const lines = [...document.querySelectorAll("#source .src.code")];
    const both = lines.find((el) =>
      document.querySelector(`#gc [data-line="${CSS.escape(el.dataset.line)}"]`) &&
      document.querySelector(`#gocrane [data-line="${CSS.escape(el.dataset.line)}"]`));
    if (both) {
      both.click();
      result.line = both.dataset.line;
      result.gc = document.querySelectorAll("#gc .asm.sel").length;
      result.gocrane = document.querySelectorAll("#gocrane .asm.sel").length;
      result.source = document.querySelectorAll("#source .src.sel").length;
    }
    document.body.dataset.selftest = JSON.stringify(result);
  }
})();
