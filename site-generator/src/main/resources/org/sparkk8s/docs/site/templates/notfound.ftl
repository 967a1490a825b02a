<#-- Served for any missing path, so every link starts from the site's base path. -->
<#import "layout.ftl" as layout>
<@layout.page chrome=false>
<article class="doc not-found">
<h1 class="page-title">404</h1>
<p lang="en">This page does not exist. <a class="language-choice" data-lang="en" hreflang="en" href="${content.root}en/index.html">Go to the English docs</a>.</p>
<p lang="ru">Такой страницы нет. <a class="language-choice" data-lang="ru" hreflang="ru" href="${content.root}ru/index.html">Перейти к документации на русском</a>.</p>
</article>
</@layout.page>
