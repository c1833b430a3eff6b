// The "Afdrukken of opslaan als pdf" button of the print pages (app/components/ui/print.tsx). These
// pages are served without React (ADR 047), so this small script, not a React handler, opens the
// browser's print dialog; it also works after a client-side navigation to such a page.
/* global document, window, Element */
document.addEventListener('click', function (event) {
  if (event.target instanceof Element && event.target.closest('[data-print-button]')) window.print()
})
