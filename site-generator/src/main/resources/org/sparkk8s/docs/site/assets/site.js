/*
 * The site's behaviour: theme toggle, remembered language, phone menu, copy buttons, and the
 * search, whose scripts and index are loaded on first use. Everything works from the site itself.
 */
(function () {
  'use strict';

  var html = document.documentElement;
  var body = document.body;
  var root = body.getAttribute('data-root') || '';
  var THEME_KEY = 'sparkdocs.theme';
  var LANGUAGE_KEY = 'sparkdocs.lang';

  function remember(key, value) {
    try {
      localStorage.setItem(key, value);
    } catch (e) {
      // storage may be disabled; the choice is then simply not remembered
    }
  }

  function recall(key) {
    try {
      return localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  // Theme: the system setting until the reader picks one, then the reader's pick.
  var themeToggle = document.querySelector('.theme-toggle');
  if (themeToggle) {
    themeToggle.addEventListener('click', function () {
      var shown = html.getAttribute('data-theme')
        || (window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
      var next = shown === 'dark' ? 'light' : 'dark';
      html.setAttribute('data-theme', next);
      remember(THEME_KEY, next);
    });
  }

  // Language: every explicit choice is remembered; the root page goes straight to it.
  document.addEventListener('click', function (event) {
    var choice = event.target.closest && event.target.closest('a.language-choice[data-lang]');
    if (choice) {
      remember(LANGUAGE_KEY, choice.getAttribute('data-lang'));
    }
  });
  if (body.classList.contains('kind-chooser') && location.search.indexOf('choose') < 0) {
    var chosen = recall(LANGUAGE_KEY);
    var target = chosen && document.querySelector('a.language-choice[data-lang="' + chosen + '"]');
    if (target) {
      location.replace(target.href);
    }
  }

  // Phone layout: the sidebar opens from the menu button.
  var menuButton = document.querySelector('.menu-button');
  if (menuButton) {
    menuButton.addEventListener('click', function () {
      var open = body.classList.toggle('nav-open');
      menuButton.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && body.classList.contains('nav-open')) {
        body.classList.remove('nav-open');
        menuButton.setAttribute('aria-expanded', 'false');
      }
    });
  }

  // "Back" on a page that is not translated yet: back in history when there is one.
  Array.prototype.forEach.call(document.querySelectorAll('a.back-link'), function (link) {
    link.addEventListener('click', function (event) {
      if (document.referrer && history.length > 1) {
        event.preventDefault();
        history.back();
      }
    });
  });

  // Copy buttons copy exactly the code: the text of the <code> element, nothing added.
  function copyWithSelection(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.top = '0';
    area.style.opacity = '0';
    body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (e) {
      copied = false;
    }
    body.removeChild(area);
    return copied ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () {
        return copyWithSelection(text);
      });
    }
    return copyWithSelection(text);
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.copy-button');
    if (!button) {
      return;
    }
    var pre = button.parentElement.querySelector('pre');
    if (!pre) {
      return;
    }
    var code = pre.querySelector('code') || pre;
    var label = button.getAttribute('data-label') || button.textContent;
    button.setAttribute('data-label', label);
    copyText(code.textContent).then(function () {
      button.textContent = button.getAttribute('data-copied') || label;
      button.classList.add('copied');
      setTimeout(function () {
        button.textContent = label;
        button.classList.remove('copied');
      }, 1500);
    }, function () {
      button.classList.add('copy-failed');
    });
  });

  // Search: lunr, the Russian stemmer and the search script are fetched on first use.
  var input = document.querySelector('.search-input');
  if (input) {
    var form = input.form;
    if (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
      });
    }
    var loading = null;
    var loadScript = function (src) {
      return new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = src;
        s.onload = resolve;
        s.onerror = function () {
          reject(new Error('cannot load ' + src));
        };
        document.head.appendChild(s);
      });
    };
    var startSearch = function () {
      if (!loading) {
        loading = loadScript(root + 'assets/lunr.min.js')
          .then(function () { return loadScript(root + 'assets/ru-stemmer.js'); })
          .then(function () { return loadScript(root + 'assets/search.js'); });
      }
    };
    input.addEventListener('focus', startSearch);
    input.addEventListener('input', startSearch);
  }
})();
