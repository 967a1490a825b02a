import java.io.File;

import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * The baseline of the site benchmark: JBake 2.7.0 baking a project of AsciiDoc pages on its own
 * (its Asciidoctor engine converts them), exactly as a plain JBake site would be built.
 * usage: BareJBake PROJECT_DIR OUTPUT_DIR
 */
public class BareJBake {
    public static void main(String[] args) throws Exception {
        Oven oven = new Oven(new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true));
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            System.err.println("JBake failed: " + oven.getErrors());
            System.exit(1);
        }
    }
}
