package org.sparkk8s.docs.site.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code search-index.json}: the pages of both languages, read by the browser to build its lunr index on first use. */
public final class SearchIndex {

    public static final String FILE = "search-index.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndex() {
    }

    public static void write(Collection<SearchEntry> entries, Path siteDir) {
        List<SearchEntry> sorted = entries.stream().sorted(Comparator.comparing(SearchEntry::url)).toList();
        try {
            Files.write(siteDir.resolve(FILE), JSON.writeValueAsBytes(sorted));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
