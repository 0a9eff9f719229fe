// Copy buttons on the take-home page: a button with data-copy="<id>" copies the text of that element.
document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-copy]');
    if (!button) {
        return;
    }
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (!source || !navigator.clipboard) {
        return;
    }
    var label = button.textContent;
    navigator.clipboard.writeText(source.textContent).then(function () {
        button.textContent = 'Copied';
        setTimeout(function () { button.textContent = label; }, 1500);
    });
});
