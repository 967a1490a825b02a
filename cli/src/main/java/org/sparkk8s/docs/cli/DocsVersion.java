package org.sparkk8s.docs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** {@code docs --version}: this build's version and the versions of the engines it uses. */
final class DocsVersion implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = DocsVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {
            "docs " + p.getProperty("version", "(unknown version)"),
            "AsciidoctorJ " + p.getProperty("asciidoctorj", "?") + ", JBake " + p.getProperty("jbake", "?")
                    + ", Java " + Runtime.version()
        };
    }
}
