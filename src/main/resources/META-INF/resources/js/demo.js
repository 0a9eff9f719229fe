// The demo form answers 400 (fix the fields) and 429 (too many runs) with a fragment worth showing:
// let htmx swap those in like a success instead of dropping them.
document.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr.status;
    if (status === 400 || status === 429) {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
    }
});
