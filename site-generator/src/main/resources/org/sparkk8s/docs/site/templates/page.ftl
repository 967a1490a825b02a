<#import "layout.ftl" as layout>
<@layout.page>
<article class="doc">
<h1 class="page-title">${content.heading}</h1>
${content.body}
</article>
</@layout.page>
