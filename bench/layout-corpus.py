#!/usr/bin/env python3
"""Lays out a corpus from /work/shared/bench/gen_corpus.py as the inputs of the site benchmark.

usage: layout-corpus.py CORPUS_DIR WORKSPACE_DIR JBAKE_DIR

WORKSPACE_DIR becomes a docs workspace (guides-en/, guides-ru/, snippets/snippets.txt): includes
are rewritten from ../snippets/snippets.txt to {snippets}/snippets.txt and a :nav-order: header
is added under each title.

JBAKE_DIR becomes a plain JBake 2.7 project over the same AsciiDoc files (content/en, content/ru,
content/snippets, one FreeMarker template, :jbake-type:/:jbake-status: headers), the baseline the
benchmark compares against.
"""
import os
import re
import shutil
import sys

INCLUDE = re.compile(r"include::\.\./snippets/snippets\.txt\[")


def with_header(text, extra):
    lines = text.split("\n")
    # the first line is "= Title"; header attributes follow it directly
    return "\n".join([lines[0]] + extra + lines[1:])


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(2)
    corpus, ws, jb = sys.argv[1:]
    src = os.path.join(corpus, "adoc")
    for d in (ws, jb):
        shutil.rmtree(d, ignore_errors=True)
    os.makedirs(os.path.join(ws, "snippets"))
    shutil.copy(os.path.join(src, "snippets", "snippets.txt"), os.path.join(ws, "snippets", "snippets.txt"))
    os.makedirs(os.path.join(jb, "content", "snippets"))
    os.makedirs(os.path.join(jb, "templates"))
    shutil.copy(os.path.join(src, "snippets", "snippets.txt"), os.path.join(jb, "content", "snippets", "snippets.txt"))
    for lang in ("en", "ru"):
        os.makedirs(os.path.join(ws, "guides-" + lang))
        os.makedirs(os.path.join(jb, "content", lang))
        for name in sorted(os.listdir(os.path.join(src, lang))):
            with open(os.path.join(src, lang, name), encoding="utf-8") as f:
                text = f.read()
            order = int(re.sub(r"\D", "", name))
            ours = with_header(INCLUDE.sub("include::{snippets}/snippets.txt[", text), [":nav-order: %d" % order])
            with open(os.path.join(ws, "guides-" + lang, name), "w", encoding="utf-8") as f:
                f.write(ours)
            theirs = with_header(text, [":jbake-type: page", ":jbake-status: published", ":nav-order: %d" % order])
            with open(os.path.join(jb, "content", lang, name), "w", encoding="utf-8") as f:
                f.write(theirs)
    with open(os.path.join(jb, "jbake.properties"), "w") as f:
        f.write("render.index=false\nrender.feed=false\nrender.archive=false\nrender.tags=false\n"
                "render.sitemap=false\ndb.store=memory\n"
                "asciidoctor.attributes=source-highlighter=rouge,rouge-css=class,sectanchors,idprefix=,idseparator=-\n"
                "template.page.file=page.ftl\n")
    with open(os.path.join(jb, "templates", "page.ftl"), "w") as f:
        f.write('<!DOCTYPE html>\n<html lang="${content.lang!"en"}">\n<head><meta charset="utf-8">'
                "<title>${content.title}</title></head>\n<body><main><h1>${content.title}</h1>\n"
                "${content.body}\n</main></body>\n</html>\n")


if __name__ == "__main__":
    main()
