package be.toppsy.desk.content.render;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Navigator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows links in content: internal ones through the main window's navigator, outside web pages
 * in the browser after the user confirms (leaving the application may show them something else).
 */
public final class ContentLinks implements ContentLinkHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ContentLinks.class);

    /** Opens a web address outside the application. */
    public interface Browser {
        void open(String url) throws IOException;
    }

    private final Navigator navigator;
    private final DialogService dialogs;
    private final Messages messages;
    private final Browser browser;

    public ContentLinks(Navigator navigator, DialogService dialogs, Messages messages) {
        this(navigator, dialogs, messages, ContentLinks::openWithSystem);
    }

    public ContentLinks(Navigator navigator, DialogService dialogs, Messages messages, Browser browser) {
        this.navigator = navigator;
        this.dialogs = dialogs;
        this.messages = messages;
        this.browser = browser;
    }

    @Override
    public void open(ContentLink link) {
        if (link.kind() == ContentLink.Kind.EXTERNAL) {
            openOutside(link.target());
            return;
        }
        link.destination().ifPresent(navigator::open);
    }

    private void openOutside(String url) {
        if (!dialogs.confirm(messages.get("content.link.external.title"),
                messages.get("content.link.external.message", url), messages.get("content.link.external.open"))) {
            return;
        }
        try {
            browser.open(url);
        } catch (IOException | RuntimeException e) {
            LOG.info("Could not open an outside link", e);
            dialogs.showError(messages.get("content.link.external.title"),
                    messages.get("content.link.external.failed", url));
        }
    }

    /** The desktop's own way of opening a web address (what JavaFX's HostServices does too). */
    static void openWithSystem(String url) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command;
        if (os.contains("win")) {
            command = List.of("rundll32", "url.dll,FileProtocolHandler", url);
        } else if (os.contains("mac")) {
            command = List.of("open", url);
        } else {
            command = List.of("xdg-open", url);
        }
        new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
