<#-- Stands in for a page that exists only in the other language; written in the reader's language. -->
<#import "layout.ftl" as layout>
<@layout.page>
<article class="doc untranslated">
<h1 class="page-title">${content.heading}</h1>
<#if content.lang == "ru">
<div class="admonitionblock note"><table><tr><td class="icon"><div class="title">Примечание</div></td><td class="content">
<p>Эта страница ещё не переведена на русский язык.</p>
</td></tr></table></div>
<p class="untranslated-links"><a class="back-link" href="${content.original}">← Назад</a> · <a class="original-link" href="${content.original}" hreflang="${content.originallang}" lang="${content.originallang}">Читать оригинал на английском</a></p>
<#else>
<div class="admonitionblock note"><table><tr><td class="icon"><div class="title">Note</div></td><td class="content">
<p>This page has not been translated into English yet.</p>
</td></tr></table></div>
<p class="untranslated-links"><a class="back-link" href="${content.original}">← Back</a> · <a class="original-link" href="${content.original}" hreflang="${content.originallang}" lang="${content.originallang}">Read the original in Russian</a></p>
</#if>
${content.body}
</article>
</@layout.page>
