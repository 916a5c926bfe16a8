package be.toppsy.desk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog goes through here, so owners are right and tests can answer for the user. */
public interface DialogService {

    void showInfo(String title, String message);

    void showError(String title, String message);

    /** Shows an unexpected error: a friendly text, with the technical details folded away. */
    void showException(String title, String message, Throwable error);

    boolean confirm(String title, String message, String confirmLabel);

    /** Asks for a line of text (a reason, a name); empty when cancelled. */
    Optional<String> ask(String title, String message, String initialValue);

    /** Asks for a password or code, typed without being shown; empty when cancelled. */
    default Optional<char[]> askSecret(String title, String message) {
        return ask(title, message, "").map(String::toCharArray);
    }

    /** @param extensions like "*.pdf" */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String description, List<String> extensions);

    Optional<Path> chooseOpenFile(String title, String description, List<String> extensions);

    Optional<Path> chooseFolder(String title);
}
