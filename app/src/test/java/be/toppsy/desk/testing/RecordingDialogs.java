package be.toppsy.desk.testing;

import be.toppsy.desk.ui.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dialog service that records what was shown and answers as the test says. */
public final class RecordingDialogs implements DialogService {

    public final List<String> shown = new ArrayList<>();
    public boolean confirmAnswer = true;
    public String askAnswer;
    /** What a password or code prompt answers; null cancels it. */
    public String secretAnswer;
    public Path fileAnswer;

    @Override
    public void showInfo(String title, String message) {
        shown.add("info: " + title + ": " + message);
    }

    @Override
    public void showError(String title, String message) {
        shown.add("error: " + title + ": " + message);
    }

    @Override
    public void showException(String title, String message, Throwable error) {
        shown.add("exception: " + title + ": " + message + ": " + error);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        shown.add("confirm: " + title + ": " + message);
        return confirmAnswer;
    }

    @Override
    public Optional<String> ask(String title, String message, String initialValue) {
        shown.add("ask: " + title);
        return Optional.ofNullable(askAnswer);
    }

    @Override
    public Optional<char[]> askSecret(String title, String message) {
        shown.add("askSecret: " + title);
        return Optional.ofNullable(secretAnswer).map(String::toCharArray);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String description,
            List<String> extensions) {
        return Optional.ofNullable(fileAnswer);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String description, List<String> extensions) {
        return Optional.ofNullable(fileAnswer);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(fileAnswer);
    }
}
