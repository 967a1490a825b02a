<#-- The page frame every site page shares. The enrich stage fills the empty navigation,
     language switch and table of contents; ${content.root} leads back to the site root. -->
<#macro page chrome=true>
<#assign ru = content.lang == "ru">
<!DOCTYPE html>
<html lang="${content.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${content.title?html}<#if content.kind != "chooser"> · ${content.sitename?html}</#if></title>
<#if content.description?has_content>
<meta name="description" content="${content.description?html}">
</#if>
<link rel="stylesheet" href="${content.root}assets/site.css">
<link rel="stylesheet" href="${content.root}assets/rouge.css">
<script>(function(){document.documentElement.className+=" js";try{var t=localStorage.getItem("sparkdocs.theme");if(t==="light"||t==="dark"){document.documentElement.setAttribute("data-theme",t);}}catch(e){}})();</script>
<script src="${content.root}assets/site.js" defer></script>
</head>
<body class="kind-${content.kind}" data-root="${content.root}" data-lang="${content.lang}">
<a class="skip-link" href="#content">${ru?then("К содержанию", "Skip to content")}</a>
<header class="topbar">
<#if chrome>
<button type="button" class="menu-button" aria-controls="sidebar" aria-expanded="false" aria-label="${ru?then("Меню", "Menu")}"><span class="menu-icon" aria-hidden="true"></span></button>
</#if>
<a class="brand" href="${content.root}${content.lang}/index.html">${content.sitename?html}</a>
<#if chrome>
<form class="search" role="search" action="#">
<input type="search" class="search-input" name="q" placeholder="${ru?then("Поиск по документации", "Search the docs")}" aria-label="${ru?then("Поиск", "Search")}" autocomplete="off" data-no-results="${ru?then("Ничего не найдено", "No results")}" data-loading="${ru?then("Загрузка…", "Loading…")}">
<div class="search-results" role="listbox" hidden></div>
</form>
<nav class="lang-switch" aria-label="${ru?then("Язык", "Language")}"></nav>
</#if>
<button type="button" class="theme-toggle" aria-label="${ru?then("Светлая или тёмная тема", "Light or dark theme")}" title="${ru?then("Светлая или тёмная тема", "Light or dark theme")}"><span class="theme-icon" aria-hidden="true"></span></button>
</header>
<div class="layout<#if !chrome> layout-plain</#if>">
<#if chrome>
<nav id="sidebar" class="sidebar" aria-label="${ru?then("Разделы", "Contents")}"></nav>
</#if>
<main id="content" class="main">
<#nested>
</main>
<#if chrome>
<aside class="toc" aria-labelledby="toc-title"><p id="toc-title" class="toc-title">${ru?then("На этой странице", "On this page")}</p></aside>
</#if>
</div>
<footer class="footer">
<p>${content.sitename?html} · <a href="${content.root}index.html?choose">${ru?then("Выбрать язык", "Choose a language")}</a></p>
</footer>
</body>
</html>
</#macro>
