// The few lines of script of the server-rendered public pages (progressive enhancement: every page
// and form works without them). Served as a hashed file from 'self' (no inline script, ADR 0020).
// 1. The language links become a menu behind a button (the same roles as the web app's menu).
// 2. A form marked `data-enhance` posts in the background: the answer's <main> (the page again with
//    the fields' errors, or the page it redirects to) replaces this one's, with no full reload.
// 3. `<body data-url="…">`: the address to keep in the bar (a one-time receipt is not shown again on reload).
// 4. A control with `data-disclose="<id>"` (a button that, without the script, asks the server for
//    the page with that part open) shows the hidden element `<id>` in place and hides its own form;
//    `data-close="<id>"` (a link back) hides it again. After a post, `[data-focus]` is what gets focus.
// 5. `[data-share]` (shareBox): its button opens the phone's share sheet (Web Share API), or else
//    copies the link (the clipboard, else the field selected) and says so in its status line.
(function () {
  'use strict';

  function keepUrl(doc) {
    const url = doc.body.getAttribute('data-url');
    if (url) history.replaceState(null, '', url);
  }

  // The open language menu's closing on a click elsewhere (one listener, the header may be replaced).
  let closeMenuOutside = null;

  function languageMenu() {
    const box = document.querySelector('[data-lang]');
    if (!box) return;
    const button = box.querySelector('button');
    const menu = box.querySelector('[role="menu"]');
    if (!button || !menu) return;
    const items = Array.prototype.slice.call(menu.querySelectorAll('[role="menuitemradio"]'));
    menu.remove();
    button.hidden = false;
    function close(focus) {
      if (!menu.isConnected) return;
      menu.remove();
      button.setAttribute('aria-expanded', 'false');
      if (focus) button.focus();
    }
    function open() {
      box.appendChild(menu);
      button.setAttribute('aria-expanded', 'true');
      const current = items.filter(function (a) {
        return a.getAttribute('aria-checked') === 'true';
      })[0];
      (current || items[0]).focus();
    }
    button.addEventListener('click', function () {
      if (menu.isConnected) close(false);
      else open();
    });
    box.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') close(true);
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const i = items.indexOf(document.activeElement);
        const next = (i + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
        items[next].focus();
      }
    });
    closeMenuOutside = function (event) {
      if (!box.contains(event.target)) close(false);
    };
  }

  function focusResult(main) {
    const target =
      main.querySelector('[data-focus]') ||
      main.querySelector('[role="alert"]') ||
      main.querySelector('[aria-invalid="true"]') ||
      main.querySelector('[role="status"]') ||
      main.querySelector('h1');
    if (!target) return;
    if (!target.matches('input, select, textarea, button, a[href]')) target.setAttribute('tabindex', '-1');
    target.focus();
  }

  function replaceMain(doc, url) {
    const next = doc.querySelector('main');
    const main = document.querySelector('main');
    if (!next || !main) return false;
    main.replaceWith(next);
    const header = document.querySelector('header.top');
    const nextHeader = doc.querySelector('header.top');
    if (header && nextHeader) {
      // The language menu's links carry the answer's address (a receipt, in the other language).
      header.replaceWith(nextHeader);
      languageMenu();
    }
    document.title = doc.title;
    if (url && url !== location.href) history.pushState(null, '', url);
    keepUrl(doc);
    shareButtons();
    focusResult(next);
    return true;
  }

  // A form's address and method read from its attributes (or the button's formaction/formmethod): a field
  // named `action` or `method` (the sign-up page's hidden `action`) shadows `form.action` and `form.method`.
  function target(form, submitter) {
    const own = function (name) {
      return (submitter && submitter.getAttribute('form' + name)) || form.getAttribute(name) || '';
    };
    return { url: new URL(own('action') || location.href, document.baseURI).href, method: own('method').toLowerCase() };
  }

  // One listener for every enhanced form, those of a replaced <main> included.
  function submit(event) {
    const form = event.target;
    if (!form.matches || !form.matches('form[data-enhance]') || !window.fetch || !window.DOMParser) return;
    const submitter = event.submitter;
    const to = target(form, submitter);
    // Only a POST is sent in the background; a GET form goes the plain way.
    if (to.method !== 'post') return;
    event.preventDefault();
    if (form.getAttribute('aria-busy') === 'true') return;
    const body = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      body.append(name, String(value));
    });
    if (submitter && submitter.name) body.append(submitter.name, submitter.value);
    form.setAttribute('aria-busy', 'true');
    if (submitter) submitter.setAttribute('aria-busy', 'true');
    fetch(to.url, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'fetch' },
    })
      .then(function (response) {
        return response.text().then(function (text) {
          const doc = new DOMParser().parseFromString(text, 'text/html');
          if (!replaceMain(doc, response.redirected ? response.url : null)) throw new Error('no page');
        });
      })
      .catch(function () {
        // Offline or a broken answer: send the form the plain way.
        form.removeAttribute('aria-busy');
        if (submitter) submitter.removeAttribute('aria-busy');
        HTMLFormElement.prototype.submit.call(form);
      });
  }

  // One listener for every disclosure, those of a replaced <main> included.
  function disclose(event) {
    const control = event.target.closest && event.target.closest('[data-disclose], [data-close]');
    if (!control) return;
    const opening = control.hasAttribute('data-disclose');
    const part = document.getElementById(control.getAttribute(opening ? 'data-disclose' : 'data-close'));
    const opener = part && part.parentElement.querySelector('[data-disclose="' + part.id + '"]');
    if (!part || !opener) return;
    event.preventDefault();
    part.hidden = !opening;
    opener.closest('form').toggleAttribute('hidden', opening); // not `.hidden`: a field may bear that name
    const focus = opening ? part.querySelector('input:not([type="hidden"]), select, textarea, button') : opener;
    if (focus) focus.focus();
  }

  // The share buttons shown, named for what they will do here (share sheet or copy).
  function shareButtons() {
    document.querySelectorAll('[data-share] .share-button').forEach(function (button) {
      const box = button.closest('[data-share]');
      button.querySelector('span').textContent = box.getAttribute(
        navigator.share ? 'data-share-label' : 'data-copy-label',
      );
      button.hidden = false;
    });
  }

  function share(event) {
    const button = event.target.closest && event.target.closest('[data-share] .share-button');
    if (!button) return;
    const box = button.closest('[data-share]');
    const field = box.querySelector('.share-url');
    const status = box.querySelector('[data-share-status]');
    const url = field.value;
    function selectField() {
      field.focus();
      field.select();
      status.textContent = box.getAttribute('data-select');
    }
    if (navigator.share) {
      navigator.share({ title: box.getAttribute('data-share-title'), url: url }).catch(function () {
        // Closed without sharing: nothing to say.
      });
      return;
    }
    if (!navigator.clipboard) return selectField();
    navigator.clipboard.writeText(url).then(function () {
      status.textContent = box.getAttribute('data-copied');
    }, selectField);
  }

  function start() {
    keepUrl(document);
    languageMenu();
    shareButtons();
    document.addEventListener('click', share);
    document.addEventListener('submit', submit);
    document.addEventListener('click', disclose);
    document.addEventListener('click', function (event) {
      if (closeMenuOutside) closeMenuOutside(event);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
