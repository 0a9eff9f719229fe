// GoFit, every page (a static file: the CSP allows no inline script).
(function () {
    'use strict';

    // Boxes that scroll sideways (wide tables, code) can be scrolled with the keyboard too.
    function markScrollable(root) {
        (root || document).querySelectorAll('pre, .table-scroll, .scroll-x, table, .timeline, .confirmation')
            .forEach(function (box) {
                if (box.scrollWidth > box.clientWidth + 1 && !box.hasAttribute('tabindex')) {
                    box.setAttribute('tabindex', '0');
                }
            });
    }

    // Forms marked data-draft keep what was typed in sessionStorage until it has been sent for good:
    // a post that meets an expired session goes to the login page, and after logging in the page
    // comes back with the same text.
    var PREFIX = 'gofit-draft:';

    function storage() {
        try { return window.sessionStorage; } catch (e) { return null; }
    }

    function keyOf(form) {
        return PREFIX + (form.getAttribute('action') || location.pathname);
    }

    function fields(form) {
        return Array.prototype.filter.call(form.elements, function (el) {
            return el.name && !el.disabled && el.type !== 'hidden' && el.type !== 'password'
                && el.type !== 'submit' && el.type !== 'button' && el.type !== 'file';
        });
    }

    function read(form) {
        var values = {};
        fields(form).forEach(function (el) {
            if (el.type === 'radio') {
                if (el.checked) { values[el.name] = el.value; }
            } else if (el.type === 'checkbox') {
                values[el.name] = values[el.name] || [];
                if (el.checked) { values[el.name].push(el.value); }
            } else {
                values[el.name] = el.value;
            }
        });
        return values;
    }

    function write(form, values) {
        var changed = false;
        fields(form).forEach(function (el) {
            if (!(el.name in values)) { return; }
            var v = values[el.name];
            if (el.type === 'radio' || el.type === 'checkbox') {
                var on = Array.isArray(v) ? v.indexOf(el.value) >= 0 : v === el.value;
                if (el.checked !== on) { el.checked = on; changed = true; }
            } else if (el.value !== v) {
                el.value = v; changed = true;
            }
        });
        return changed;
    }

    function save(form, pending) {
        var s = storage();
        if (s) {
            s.setItem(keyOf(form), JSON.stringify({ values: read(form), pending: !!pending }));
        }
    }

    function restoreDrafts() {
        var s = storage();
        if (!s || document.querySelector('form[action="/j_security_check"]')) {
            return; // on the login page, drafts wait for the way back
        }
        var forms = {};
        document.querySelectorAll('form[data-draft]').forEach(function (form) { forms[keyOf(form)] = form; });
        for (var i = s.length - 1; i >= 0; i--) {
            var key = s.key(i);
            if (!key || key.indexOf(PREFIX) !== 0) { continue; }
            var draft;
            try { draft = JSON.parse(s.getItem(key)); } catch (e) { s.removeItem(key); continue; }
            var form = forms[key];
            if (!form) {
                if (draft && draft.pending) { s.removeItem(key); } // sent, and the next page came: done
                continue;
            }
            if (draft && draft.values && write(form, draft.values) && form.hasAttribute('hx-post') && window.htmx) {
                window.htmx.trigger(form, 'change'); // an htmx form sends the restored values at once
            }
            save(form, false);
        }
    }

    document.addEventListener('input', function (e) {
        var form = e.target.form;
        if (form && form.hasAttribute('data-draft')) { save(form, false); }
    });
    document.addEventListener('change', function (e) {
        var form = e.target.form;
        if (form && form.hasAttribute('data-draft')) { save(form, false); }
    });
    document.addEventListener('submit', function (e) {
        if (e.target.hasAttribute && e.target.hasAttribute('data-draft')) { save(e.target, true); }
    });
    // An htmx form whose request went through has nothing left to keep.
    document.addEventListener('htmx:afterRequest', function (e) {
        var form = e.detail && e.detail.elt && e.detail.elt.closest ? e.detail.elt.closest('form[data-draft]') : null;
        var s = storage();
        if (form && s && e.detail.successful && !e.detail.xhr.getResponseHeader('HX-Redirect')) {
            s.removeItem(keyOf(form));
        }
    });
    document.addEventListener('htmx:afterSettle', function (e) { markScrollable(e.target); });
    window.addEventListener('resize', function () { markScrollable(document); });

    function ready() {
        restoreDrafts();
        markScrollable(document);
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
})();
