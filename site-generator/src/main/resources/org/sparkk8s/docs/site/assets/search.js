/*
 * Full-text search over both languages. The index (search-index.json) is written at build time;
 * the lunr index is built here on first use. Cyrillic words go through the Russian stemmer
 * (ru-stemmer.js), other words through lunr's English stemmer; results in the page's own
 * language come first.
 */
(function () {
  'use strict';

  var body = document.body;
  var root = body.getAttribute('data-root') || '';
  var pageLanguage = body.getAttribute('data-lang') || 'en';
  var input = document.querySelector('.search-input');
  var panel = document.querySelector('.search-results');
  if (!input || !panel || typeof lunr === 'undefined' || typeof russianStem === 'undefined') {
    return;
  }

  var CYRILLIC = /[\u0400-\u04ff]/;
  var EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
  var MAX_RESULTS = 12;

  // lunr's own trimmer keeps only ASCII word characters and would erase Cyrillic words
  function trimmer(token) {
    return token.update(function (s) {
      return s.replace(EDGES, '');
    });
  }

  function stemmer(token) {
    var s = token.toString();
    if (CYRILLIC.test(s)) {
      return token.update(function () {
        return russianStem(s);
      });
    }
    return lunr.stemmer(token);
  }

  lunr.Pipeline.registerFunction(trimmer, 'sparkdocs-trimmer');
  lunr.Pipeline.registerFunction(stemmer, 'sparkdocs-stemmer');

  var documents = {};
  var index = null;

  function build(pages) {
    index = lunr(function () {
      var builder = this;
      builder.ref('id');
      builder.field('title', { boost: 8 });
      builder.field('page', { boost: 2 });
      builder.field('body');
      builder.pipeline.reset();
      builder.searchPipeline.reset();
      builder.pipeline.add(trimmer, lunr.stopWordFilter, stemmer);
      builder.searchPipeline.add(stemmer);
      pages.forEach(function (page) {
        var top = { id: page.url, url: page.url, lang: page.lang, title: page.title, page: page.title, body: page.text };
        documents[top.id] = top;
        builder.add(top);
        page.sections.forEach(function (section) {
          var doc = {
            id: page.url + '#' + section.anchor,
            url: page.url + '#' + section.anchor,
            lang: page.lang,
            title: section.title,
            page: page.title,
            body: section.text
          };
          documents[doc.id] = doc;
          builder.add(doc);
        });
      });
    });
  }

  function terms(text) {
    return lunr.tokenizer(text).map(function (t) {
      return t.toString().replace(EDGES, '');
    }).filter(function (t) {
      return t.length > 0;
    });
  }

  function search(text) {
    var words = terms(text);
    if (!index || words.length === 0) {
      return [];
    }
    var hits = index.query(function (query) {
      words.forEach(function (word) {
        query.term(word, { usePipeline: true, boost: 10 });
        // lets a word match while it is still being typed
        query.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
      });
    });
    var own = [];
    var other = [];
    hits.forEach(function (hit) {
      var doc = documents[hit.ref];
      (doc.lang === pageLanguage ? own : other).push(doc);
    });
    return own.concat(other).slice(0, MAX_RESULTS);
  }

  function show(results, text) {
    panel.textContent = '';
    panel.setAttribute('data-query', text);
    if (!text.trim()) {
      panel.hidden = true;
      return;
    }
    if (results.length === 0) {
      var none = document.createElement('p');
      none.className = 'search-empty';
      none.textContent = input.getAttribute('data-no-results') || 'No results';
      panel.appendChild(none);
    }
    var list = document.createElement('ul');
    list.className = 'search-list';
    results.forEach(function (doc) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.className = 'search-result';
      link.href = root + doc.url;
      link.setAttribute('data-url', doc.url);
      link.setAttribute('role', 'option');
      var language = document.createElement('span');
      language.className = 'result-lang';
      language.textContent = doc.lang.toUpperCase();
      var title = document.createElement('span');
      title.className = 'result-title';
      title.textContent = doc.title;
      title.lang = doc.lang;
      link.appendChild(language);
      link.appendChild(title);
      if (doc.page !== doc.title) {
        var page = document.createElement('span');
        page.className = 'result-page';
        page.textContent = doc.page;
        page.lang = doc.lang;
        link.appendChild(page);
      }
      item.appendChild(link);
      list.appendChild(item);
    });
    if (results.length > 0) {
      panel.appendChild(list);
    }
    panel.hidden = false;
  }

  var timer = null;
  function update() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      show(search(input.value), input.value);
    }, 60);
  }

  input.addEventListener('input', update);
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      panel.hidden = true;
    } else if (event.key === 'Enter') {
      var first = panel.querySelector('a.search-result');
      if (first) {
        event.preventDefault();
        location.href = first.href;
      }
    } else if (event.key === 'ArrowDown') {
      var firstResult = panel.querySelector('a.search-result');
      if (firstResult) {
        event.preventDefault();
        firstResult.focus();
      }
    }
  });
  panel.addEventListener('keydown', function (event) {
    var links = Array.prototype.slice.call(panel.querySelectorAll('a.search-result'));
    var at = links.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at < links.length - 1) {
      event.preventDefault();
      links[at + 1].focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (at > 0 ? links[at - 1] : input).focus();
    } else if (event.key === 'Escape') {
      panel.hidden = true;
      input.focus();
    }
  });
  document.addEventListener('click', function (event) {
    if (!panel.contains(event.target) && event.target !== input) {
      panel.hidden = true;
    }
  });

  input.setAttribute('aria-busy', 'true');
  fetch(root + 'search-index.json')
    .then(function (response) {
      if (!response.ok) {
        throw new Error('search index: HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (pages) {
      build(pages);
      input.removeAttribute('aria-busy');
      input.setAttribute('data-search-ready', 'true');
      if (input.value) {
        update();
      }
    });
})();
