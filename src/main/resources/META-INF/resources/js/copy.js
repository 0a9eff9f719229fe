// Copy buttons: <button data-copy="#selector" hidden> copies the element's text (shown only where the clipboard API exists).
document.querySelectorAll('button[data-copy]').forEach(function (button) {
    if (!navigator.clipboard) {
        return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
        var source = document.querySelector(button.getAttribute('data-copy'));
        navigator.clipboard.writeText(source.textContent.trim()).then(function () {
            button.textContent = 'Copied';
        });
    });
});
