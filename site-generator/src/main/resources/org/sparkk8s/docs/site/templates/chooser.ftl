<#-- The site root: pick a language. site.js goes straight to the language chosen before, if any. -->
<#import "layout.ftl" as layout>
<@layout.page chrome=false>
<article class="doc chooser">
<h1 class="page-title"><span lang="en">${content.sitenameen?html}</span></h1>
<p><span lang="en">Choose a language</span> · <span lang="ru">Выберите язык</span></p>
<ul class="language-list">
<li><a class="language-choice" data-lang="en" hreflang="en" lang="en" href="en/index.html">English</a></li>
<li><a class="language-choice" data-lang="ru" hreflang="ru" lang="ru" href="ru/index.html">Русский</a></li>
</ul>
</article>
</@layout.page>
