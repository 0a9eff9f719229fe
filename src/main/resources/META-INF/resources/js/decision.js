// Decision pages: the print button of the ADR print view (no inline scripts under our CSP).
document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
        window.print();
    }
});
