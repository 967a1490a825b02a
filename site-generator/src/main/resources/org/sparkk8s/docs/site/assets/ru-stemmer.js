/*
 * Russian stemmer for the site search: the Snowball algorithm for Russian
 * (snowballstem.org, "Russian stemming algorithm"), written for this site.
 * It reduces word forms to one stem, so that «развертывание» and «развертывания»,
 * «кластер» and «кластеров» meet in the search index.
 *
 * All endings are removed only inside RV, the part of the word after its first vowel;
 * derivational endings only inside R2. Among several endings of one class the longest wins,
 * and a "group 1" ending counts only after а or я (which stays).
 */
(function (global) {
  'use strict';

  var VOWELS = 'аеиоуыэюя';

  var PERFECTIVE_GERUND_1 = ['в', 'вши', 'вшись'];
  var PERFECTIVE_GERUND_2 = ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись'];
  var ADJECTIVE = ['ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым', 'ом',
    'его', 'ого', 'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею'];
  var PARTICIPLE_1 = ['ем', 'нн', 'вш', 'ющ', 'щ'];
  var PARTICIPLE_2 = ['ивш', 'ывш', 'ующ'];
  var REFLEXIVE = ['ся', 'сь'];
  var VERB_1 = ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно'];
  var VERB_2 = ['ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл', 'им', 'ым', 'ен',
    'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ую', 'ю'];
  var NOUN = ['а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией', 'ей', 'ой', 'ий', 'й',
    'иям', 'ям', 'ием', 'ем', 'ам', 'ом', 'о', 'у', 'ах', 'иях', 'ях', 'ы', 'ь', 'ию', 'ью', 'ю', 'ия', 'ья', 'я'];
  var SUPERLATIVE = ['ейш', 'ейше'];
  var DERIVATIONAL = ['ост', 'ость'];

  function isVowel(c) {
    return VOWELS.indexOf(c) >= 0;
  }

  function endsWith(word, ending) {
    return word.length >= ending.length && word.slice(word.length - ending.length) === ending;
  }

  /** The longest ending from the list that the word has and that starts at or after `start`. */
  function longestEnding(word, start, endings) {
    var best = null;
    for (var i = 0; i < endings.length; i++) {
      var e = endings[i];
      if (word.length - e.length >= start && endsWith(word, e) && (best === null || e.length > best.length)) {
        best = e;
      }
    }
    return best;
  }

  function cut(word, ending) {
    return word.slice(0, word.length - ending.length);
  }

  /**
   * Removes the longest ending of either group; an ending of group 1 must follow а or я,
   * also inside the region. Returns null when nothing is removed — the longest ending decides,
   * a shorter one is not tried when the longest does not qualify.
   */
  function removeGrouped(word, start, group1, group2) {
    var e1 = longestEnding(word, start, group1);
    var e2 = longestEnding(word, start, group2);
    if (e1 === null && e2 === null) {
      return null;
    }
    if (e2 !== null && (e1 === null || e2.length > e1.length)) {
      return cut(word, e2);
    }
    var at = word.length - e1.length;
    var before = word.charAt(at - 1);
    return at - 1 >= start && (before === 'а' || before === 'я') ? word.slice(0, at) : null;
  }

  /** RV: after the first vowel. R1: after the first non-vowel that follows a vowel. R2: the same again inside R1. */
  function regions(word) {
    var rv = word.length;
    var r1 = word.length;
    var r2 = word.length;
    var i;
    for (i = 0; i < word.length; i++) {
      if (isVowel(word.charAt(i))) {
        rv = i + 1;
        break;
      }
    }
    for (i = 1; i < word.length; i++) {
      if (!isVowel(word.charAt(i)) && isVowel(word.charAt(i - 1))) {
        r1 = i + 1;
        break;
      }
    }
    for (i = r1 + 1; i < word.length; i++) {
      if (!isVowel(word.charAt(i)) && isVowel(word.charAt(i - 1))) {
        r2 = i + 1;
        break;
      }
    }
    return { rv: rv, r2: r2 };
  }

  function stem(input) {
    var word = String(input).toLowerCase().replace(/ё/g, 'е');
    var r = regions(word);
    var rv = r.rv;

    // Step 1: a perfective gerund; otherwise a reflexive ending, then an adjectival, verb or noun ending
    var w = removeGrouped(word, rv, PERFECTIVE_GERUND_1, PERFECTIVE_GERUND_2);
    if (w === null) {
      w = word;
      var reflexive = longestEnding(w, rv, REFLEXIVE);
      if (reflexive !== null) {
        w = cut(w, reflexive);
      }
      var adjective = longestEnding(w, rv, ADJECTIVE);
      if (adjective !== null) {
        w = cut(w, adjective);
        var withoutParticiple = removeGrouped(w, rv, PARTICIPLE_1, PARTICIPLE_2);
        if (withoutParticiple !== null) {
          w = withoutParticiple;
        }
      } else {
        var withoutVerb = removeGrouped(w, rv, VERB_1, VERB_2);
        if (withoutVerb !== null) {
          w = withoutVerb;
        } else {
          var noun = longestEnding(w, rv, NOUN);
          if (noun !== null) {
            w = cut(w, noun);
          }
        }
      }
    }

    // Step 2: a final и
    if (w.length - 1 >= rv && endsWith(w, 'и')) {
      w = w.slice(0, -1);
    }

    // Step 3: a derivational ending, wholly inside R2
    var derivational = longestEnding(w, Math.max(r.r2, rv), DERIVATIONAL);
    if (derivational !== null) {
      w = cut(w, derivational);
    }

    // Step 4: undouble н, or drop a superlative ending (then undouble н), or drop a soft sign
    if (w.length - 2 >= rv && endsWith(w, 'нн')) {
      w = w.slice(0, -1);
    } else {
      var superlative = longestEnding(w, rv, SUPERLATIVE);
      if (superlative !== null) {
        w = cut(w, superlative);
        if (w.length - 2 >= rv && endsWith(w, 'нн')) {
          w = w.slice(0, -1);
        }
      } else if (w.length - 1 >= rv && endsWith(w, 'ь')) {
        w = w.slice(0, -1);
      }
    }
    return w;
  }

  global.russianStem = stem;
})(typeof window !== 'undefined' ? window : this);
