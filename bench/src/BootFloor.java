import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * The floor of any build that uses AsciidoctorJ: start the JVM, create Asciidoctor, convert a
 * one-line document, exit. The site benchmark compares the cold build of the repository's site with it.
 */
public class BootFloor {
    public static void main(String[] args) {
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        String html = asciidoctor.convert("Hello, *floor*.", Options.builder().safe(SafeMode.SAFE).build());
        if (!html.contains("<strong>floor</strong>")) {
            throw new IllegalStateException("unexpected output: " + html);
        }
    }
}
