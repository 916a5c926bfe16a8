package be.toppsy.desk.learning.trainer;

import be.toppsy.desk.learning.quiz.ChoiceQuality;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.render.ContentRenderer;
import be.toppsy.desk.content.pack.Quiz;
import be.toppsy.desk.content.pack.Scenario;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Icons;
import be.toppsy.desk.ui.Theme;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Trainer mode on screen: a full-screen presentation in large type, one slide at a time, moved with
 * the arrow keys or a clicker (PageUp/PageDown). With a second screen the presentation goes to the
 * projector and the trainer's notes to a window on the trainer's own screen; with one screen the
 * notes are toggled with N. Quiz answers stay hidden until the trainer presses R.
 */
public final class TrainerModeView {

    private final TrainerModeViewModel model;
    private final ContentRenderer renderer;
    private final ContentPack pack;
    private final Messages messages;
    private final StackPane slideHolder = new StackPane();
    private final VBox notesPanel = new VBox(8);
    private final Label position = new Label();
    private final Region blankCover = new Region();
    private Stage presentation;
    private Stage console;
    private VBox consoleNotes;
    private Label consolePosition;
    private Label consoleNext;

    public TrainerModeView(TrainerModeViewModel model, ContentRenderer renderer, ContentPack pack, Messages messages) {
        this.model = model;
        this.renderer = renderer;
        this.pack = pack;
        this.messages = messages;
    }

    /** Opens trainer mode; the presentation goes to a second screen when there is one. */
    public Stage show(Window owner) {
        List<Screen> screens = Screen.getScreens();
        Screen primary = Screen.getPrimary();
        Screen projector = screens.stream().filter(s -> !s.equals(primary)).findFirst().orElse(primary);
        boolean twoScreens = !projector.equals(primary);

        presentation = new Stage();
        presentation.setTitle(messages.get("learning.trainer.title", model.deck().title()));
        Scene scene = new Scene(presentationRoot(twoScreens), 1280, 800);
        Theme.apply(scene);
        presentation.setScene(scene);
        Rectangle2D bounds = projector.getVisualBounds();
        presentation.setX(bounds.getMinX());
        presentation.setY(bounds.getMinY());
        presentation.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        presentation.setFullScreenExitHint(messages.get("learning.trainer.keys"));
        presentation.setFullScreen(true);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        presentation.setOnHidden(e -> {
            if (console != null) {
                console.close();
            }
        });
        if (twoScreens) {
            console = consoleStage(owner, primary);
        }
        model.changesProperty().addListener((obs, o, n) -> redraw());
        redraw();
        presentation.show();
        if (console != null) {
            console.show();
        }
        presentation.requestFocus();
        return presentation;
    }

    /** Closes both windows. */
    public void close() {
        if (presentation != null) {
            presentation.close();
        }
        if (console != null) {
            console.close();
        }
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        switch (code) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE -> model.next();
            case LEFT, UP, PAGE_UP, BACK_SPACE -> model.previous();
            case HOME -> model.first();
            case END -> model.last();
            case N -> model.toggleNotes();
            case R, ENTER -> model.reveal();
            case B, PERIOD -> model.toggleBlank();
            case ESCAPE -> close();
            default -> {
                if (code.isDigitKey()) {
                    String name = code.getName();
                    model.choose(Character.getNumericValue(name.charAt(name.length() - 1)));
                } else {
                    return;
                }
            }
        }
        e.consume();
    }

    private StackPane presentationRoot(boolean twoScreens) {
        Label title = new Label(model.deck().title());
        title.getStyleClass().add("trainer-header");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        position.getStyleClass().add("trainer-position");
        position.setId("trainer-position");
        HBox header = new HBox(title, spacer, position);
        header.getStyleClass().add("trainer-bar");
        header.setAlignment(Pos.CENTER_LEFT);

        slideHolder.getStyleClass().add("trainer-slide-holder");
        slideHolder.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(slideHolder);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("edge-to-edge", "trainer-scroll");
        scroll.setId("trainer-scroll");

        Label keys = new Label(messages.get(twoScreens ? "learning.trainer.keysTwoScreens" : "learning.trainer.keys"));
        keys.getStyleClass().add("trainer-keys");
        notesPanel.getStyleClass().add("trainer-notes");
        notesPanel.setId("trainer-notes");
        VBox bottom = new VBox(notesPanel, keys);
        if (twoScreens) {
            notesPanel.setVisible(false);
            notesPanel.setManaged(false);
        }
        BorderPane layout = new BorderPane(scroll);
        layout.setTop(header);
        layout.setBottom(bottom);
        blankCover.getStyleClass().add("trainer-blank");
        blankCover.setId("trainer-blank");
        StackPane root = new StackPane(layout, blankCover);
        root.getStyleClass().add("trainer-root");
        root.setId("trainer-root");
        return root;
    }

    private Stage consoleStage(Window owner, Screen screen) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("learning.trainer.console", model.deck().title()));
        consolePosition = new Label();
        consolePosition.getStyleClass().add("section-title");
        consoleNext = new Label();
        consoleNext.getStyleClass().add("hint");
        consoleNext.setWrapText(true);
        consoleNotes = new VBox(8);
        consoleNotes.getStyleClass().add("trainer-console-notes");
        ScrollPane scroll = new ScrollPane(consoleNotes);
        scroll.setFitToWidth(true);
        Label keys = new Label(messages.get("learning.trainer.keysTwoScreens"));
        keys.getStyleClass().add("hint");
        keys.setWrapText(true);
        VBox root = new VBox(12, consolePosition, consoleNext, scroll, keys);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getStyleClass().addAll("page", "trainer-console");
        Scene scene = new Scene(root, 640, 600);
        Theme.apply(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        Rectangle2D bounds = screen.getVisualBounds();
        stage.setX(bounds.getMinX() + 40);
        stage.setY(bounds.getMinY() + 40);
        stage.setOnHidden(e -> {
            if (presentation != null) {
                presentation.close();
            }
        });
        return stage;
    }

    private ContentRenderer.Options slideOptions() {
        return new ContentRenderer.Options(pack, false);
    }

    private void redraw() {
        TrainerDeck.Slide slide = model.slide();
        position.setText(messages.get("learning.trainer.position", model.indexProperty().get() + 1,
                model.slides().size()));
        slideHolder.getChildren().setAll(slideNode(slide));
        blankCover.setVisible(model.blankProperty().get());
        boolean showNotes = console == null && model.notesVisibleProperty().get();
        notesPanel.setVisible(showNotes);
        notesPanel.setManaged(showNotes);
        notesPanel.getChildren().setAll(notesNodes(slide, false));
        if (console != null) {
            consolePosition.setText(messages.get("learning.trainer.consolePosition", model.indexProperty().get() + 1,
                    model.slides().size(), slide.title()));
            consoleNext.setText(model.nextSlide().map(n -> messages.get("learning.trainer.nextSlide", n.title()))
                    .orElse(messages.get("learning.trainer.lastSlide")));
            consoleNotes.getChildren().setAll(notesNodes(slide, true));
        }
    }

    private List<Node> notesNodes(TrainerDeck.Slide slide, boolean privateScreen) {
        VBox box = new VBox(8);
        Label heading = new Label(messages.get("learning.trainer.notes"), Icons.of("mdi2s-school-outline", 18));
        heading.getStyleClass().add("callout-title");
        box.getChildren().add(heading);
        if (privateScreen && slide.kind() == TrainerDeck.SlideKind.QUESTION) {
            String letters = slide.question().correctIndexes().stream().map(i -> String.valueOf((char) ('A' + i)))
                    .collect(Collectors.joining(", "));
            Label answer = new Label(messages.get("learning.trainer.answer", letters));
            answer.getStyleClass().add("success-text");
            box.getChildren().add(answer);
        }
        if (slide.notes().isEmpty()) {
            Label none = new Label(messages.get("learning.trainer.noNotes"));
            none.setId("trainer-no-notes");
            box.getChildren().add(none);
        } else {
            // The notes' own content, without a second "trainer note" heading around each.
            List<org.commonmark.node.Node> inner = new java.util.ArrayList<>();
            for (org.commonmark.node.Node note : slide.notes()) {
                for (org.commonmark.node.Node c = note.getFirstChild(); c != null; c = c.getNext()) {
                    inner.add(c);
                }
            }
            box.getChildren().addAll(renderer.renderBlocks(inner, new ContentRenderer.Options(pack, true)));
        }
        return List.of(box);
    }

    private Node slideNode(TrainerDeck.Slide slide) {
        VBox box = new VBox(20);
        box.getStyleClass().addAll("trainer-slide", "trainer-slide-" + slide.kind().name().toLowerCase(java.util.Locale.ROOT));
        box.setId("trainer-slide");
        switch (slide.kind()) {
            case TITLE -> {
                box.getChildren().add(big(slide.title(), "trainer-title"));
                if (!slide.subtitle().isBlank()) {
                    box.getChildren().add(big(slide.subtitle(), "trainer-subtitle"));
                }
                if (!slide.bullets().isEmpty()) {
                    box.getChildren().add(big(messages.get("learning.lesson.goals"), "trainer-heading"));
                    for (String goal : slide.bullets()) {
                        box.getChildren().add(big("• " + goal, "trainer-bullet"));
                    }
                }
            }
            case CONTENT, CALLOUT -> {
                box.getChildren().add(big(slide.title(), "trainer-heading"));
                box.getChildren().addAll(renderer.renderBlocks(slide.blocks(), slideOptions()));
            }
            case QUESTION -> question(box, slide);
            case SCENARIO_STEP -> scenarioStep(box, slide);
            case END -> {
                if (slide.step() != null) {
                    box.getChildren().add(big(messages.get("learning.trainer.scenarioEnd"), "trainer-heading"));
                    box.getChildren().addAll(renderer.renderBlocks(slide.blocks(), slideOptions()));
                } else {
                    box.getChildren().add(big(messages.get("learning.trainer.end"), "trainer-title"));
                    box.getChildren().add(big(slide.title(), "trainer-subtitle"));
                }
            }
        }
        return box;
    }

    private void question(VBox box, TrainerDeck.Slide slide) {
        Quiz.Question q = slide.question();
        boolean revealed = model.revealedProperty().get();
        box.getChildren().add(big(messages.get("learning.trainer.question", slide.number(),
                model.slides().size() - 2), "trainer-kicker"));
        TextFlow text = renderer.renderInline(q.text(), slideOptions());
        text.getStyleClass().add("trainer-question");
        box.getChildren().add(text);
        for (int i = 0; i < q.options().size(); i++) {
            Quiz.Option option = q.options().get(i);
            Label letter = new Label(String.valueOf((char) ('A' + i)));
            letter.getStyleClass().add("trainer-letter");
            letter.setMinWidth(Region.USE_PREF_SIZE);
            TextFlow optionText = renderer.renderInline(option.text(), slideOptions());
            HBox.setHgrow(optionText, Priority.ALWAYS);
            HBox row = new HBox(16, letter, optionText);
            VBox optionBox = new VBox(8, row);
            optionBox.getStyleClass().add("trainer-option");
            optionBox.setId("trainer-option-" + i);
            if (revealed) {
                optionBox.getStyleClass().add(option.correct() ? "trainer-option-correct" : "trainer-option-wrong");
                TextFlow feedback = renderer.renderInline(option.feedback(), slideOptions());
                feedback.getStyleClass().add("trainer-feedback");
                optionBox.getChildren().add(feedback);
            }
            box.getChildren().add(optionBox);
        }
        if (!revealed) {
            box.getChildren().add(big(messages.get("learning.trainer.revealHint"), "trainer-hint"));
        }
    }

    private void scenarioStep(VBox box, TrainerDeck.Slide slide) {
        Scenario.Step step = slide.step();
        box.getChildren().add(big(messages.get("learning.trainer.decision", slide.number()), "trainer-kicker"));
        box.getChildren().addAll(renderer.renderBlocks(slide.blocks(), slideOptions()));
        Integer chosen = model.chosen().orElse(null);
        for (int i = 0; i < step.choices().size(); i++) {
            Scenario.Choice choice = step.choices().get(i);
            Label number = new Label(String.valueOf(i + 1));
            number.getStyleClass().add("trainer-letter");
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(choice.text());
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            VBox optionBox = new VBox(8, new HBox(16, number, text));
            optionBox.getStyleClass().add("trainer-option");
            optionBox.setId("trainer-choice-" + i);
            if (chosen != null && chosen == i) {
                optionBox.getStyleClass().addAll("trainer-choice-taken", ChoiceQuality.styleClass(choice.quality()));
                Label quality = new Label(messages.get(ChoiceQuality.messageKey(choice.quality())));
                quality.getStyleClass().add("trainer-quality");
                optionBox.getChildren().addAll(quality, renderer.renderInline(choice.feedback(), slideOptions()));
            } else if (chosen != null) {
                optionBox.getStyleClass().add("trainer-option-dim");
            }
            box.getChildren().add(optionBox);
        }
        if (chosen == null) {
            box.getChildren().add(big(messages.get("learning.trainer.chooseHint",
                    IntStream.rangeClosed(1, step.choices().size()).mapToObj(String::valueOf)
                            .collect(Collectors.joining(", "))), "trainer-hint"));
        }
    }

    private static Label big(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
