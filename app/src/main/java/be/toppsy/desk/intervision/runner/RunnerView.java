package be.toppsy.desk.intervision.runner;

import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.Ui;
import be.toppsy.desk.intervision.board.ActionPoint;
import be.toppsy.desk.intervision.board.CaseMaterial;
import be.toppsy.desk.intervision.sessions.IntervisionSession;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The full-screen session runner: the steps on the left; the phase, whose turn, the instruction,
 * what the phase produces and the notes in the middle; the countdown and the case on the right;
 * previous and next at the bottom.
 */
public final class RunnerView {

    private final RunnerViewModel model;
    private final Messages messages;
    private final Consumer<String[]> openContent;
    private final Runnable close;

    public RunnerView(RunnerViewModel model, Messages messages, Consumer<String[]> openContent, Runnable close) {
        this.model = model;
        this.messages = messages;
        this.openContent = openContent;
        this.close = close;
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("iv-runner");
        root.setTop(header());
        root.setLeft(steps());
        root.setCenter(center());
        root.setRight(right());
        root.setBottom(footer());

        VBox start = startPanel();
        StackPane stack = new StackPane(root, start);
        root.visibleProperty().bind(model.runningProperty().or(model.finishedProperty()));
        start.visibleProperty().bind(root.visibleProperty().not());
        stack.getStyleClass().add("iv-runner-root");
        return stack;
    }

    private Node header() {
        Label title = new Label();
        title.setId("iv-runner-title");
        title.getStyleClass().add("iv-runner-title");
        title.textProperty().bind(model.titleProperty());
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Label external = Ui.iconLabel("", "mdi2s-shield-account-outline", "iv-runner-external");
        external.setId("iv-runner-external");
        external.setWrapText(false);
        external.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        external.textProperty().bind(model.externalTextProperty());
        external.visibleProperty().bind(model.deidentifiedProperty());
        external.managedProperty().bind(external.visibleProperty());
        ComboBox<CaseMaterial> caseBox = new ComboBox<>(model.agenda());
        caseBox.setId("iv-runner-case");
        Ui.texts(caseBox, c -> messages.get("iv.runner.caseChoice", c.title(), c.presenter().name()), "");
        caseBox.valueProperty().addListener((o, a, c) -> {
            if (c != null && c != model.currentCaseProperty().get()) {
                model.chooseCase(c);
            }
        });
        Runnable syncCase = () -> caseBox.setValue(model.currentCaseProperty().get());
        model.currentCaseProperty().addListener((o, a, c) -> syncCase.run());
        model.agenda().addListener((ListChangeListener<CaseMaterial>) c -> syncCase.run());
        model.stepProperty().addListener((o, a, b) -> syncCase.run());
        syncCase.run();
        caseBox.setPrefWidth(340);
        caseBox.setMinWidth(200);
        Button closeButton = new Button(messages.get("iv.runner.close"), Icons.of("mdi2c-close", 16));
        closeButton.setId("iv-runner-close");
        closeButton.setOnAction(e -> {
            model.close();
            close.run();
        });
        closeButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label caseLabel = new Label(messages.get("iv.runner.case"));
        caseLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, Icons.of("mdi2a-account-group-outline", 22), title, external, caseLabel, caseBox,
                closeButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("iv-runner-header");
        return bar;
    }

    private Node steps() {
        ListView<Step> list = new ListView<>(model.steps());
        list.setId("iv-runner-steps");
        list.setPrefWidth(250);
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Step step, boolean empty) {
                super.updateItem(step, empty);
                getStyleClass().removeAll("iv-step-current", "iv-step-done");
                if (empty || step == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                int index = getIndex();
                Label name = Ui.wrapped((index + 1) + ". " + step.name());
                name.setMaxWidth(215);
                name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                setPrefWidth(0);
                Label meta = new Label(messages.get("iv.runner.stepMeta", step.minutes(),
                        messages.get(step.produces().messageKey())));
                meta.getStyleClass().add("hint");
                setGraphic(new VBox(2, name, meta));
                setText(null);
                if (index == model.stepIndexProperty().get()) {
                    getStyleClass().add("iv-step-current");
                } else if (index < model.stepIndexProperty().get()) {
                    getStyleClass().add("iv-step-done");
                }
            }
        });
        model.stepIndexProperty().addListener((o, a, i) -> {
            list.refresh();
            if (i.intValue() >= 0) {
                list.scrollTo(Math.max(0, i.intValue() - 2));
            }
        });
        list.setOnMouseClicked(e -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                model.goTo(index);
            }
        });
        return list;
    }

    private Node center() {
        Label phase = new Label();
        phase.setId("iv-runner-phase");
        phase.getStyleClass().add("iv-runner-phase");
        phase.setWrapText(true);
        phase.textProperty().bind(Bindings.createStringBinding(() -> model.stepProperty().get() == null ? ""
                : model.stepProperty().get().name(), model.stepProperty()));
        Label produces = new Label();
        produces.getStyleClass().addAll("badge", "iv-produces");
        produces.textProperty().bind(Bindings.createStringBinding(() -> model.stepProperty().get() == null ? ""
                : messages.get("iv.runner.produces", messages.get(model.stepProperty().get().produces().messageKey())),
                model.stepProperty()));
        produces.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox titleRow = new VBox(4, produces, phase);

        Label speaker = Ui.iconLabel("", "mdi2m-microphone-outline", "iv-runner-speaker");
        speaker.setId("iv-runner-speaker");
        speaker.textProperty().bind(model.turns().speakerTextProperty());
        Button nextTurn = new Button(messages.get("iv.runner.nextTurn"), Icons.of("mdi2a-account-arrow-right", 16));
        nextTurn.setId("iv-runner-next-turn");
        nextTurn.setOnAction(e -> model.turns().nextTurn());
        nextTurn.visibleProperty().bind(Bindings.isNotEmpty(model.turns().turnOrder()));
        nextTurn.managedProperty().bind(nextTurn.visibleProperty());
        Label listens = Ui.iconLabel(messages.get("iv.runner.presenterListens"), "mdi2e-ear-hearing",
                "iv-runner-listens");
        listens.setId("iv-runner-listens");
        listens.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.stepProperty().get() != null
                && model.stepProperty().get().presenterListens(), model.stepProperty()));
        listens.managedProperty().bind(listens.visibleProperty());
        HBox speakerRow = new HBox(12, speaker, nextTurn, listens);
        speakerRow.setAlignment(Pos.CENTER_LEFT);

        Label instruction = new Label();
        instruction.setId("iv-runner-instruction");
        instruction.getStyleClass().add("iv-runner-instruction");
        instruction.setWrapText(true);
        instruction.textProperty().bind(Bindings.createStringBinding(() -> model.stepProperty().get() == null ? ""
                : model.stepProperty().get().instruction(), model.stepProperty()));

        VBox producesPanel = new VBox(8);
        producesPanel.setId("iv-runner-produces-panel");
        Runnable fillProduces = () -> producesPanel.getChildren().setAll(new RunnerPhaseContent(model, messages, openContent).build());
        model.stepProperty().addListener((o, a, b) -> fillProduces.run());
        model.currentCaseProperty().addListener((o, a, b) -> fillProduces.run());
        model.actions().review().addListener((ListChangeListener<ActionPoint>) c -> fillProduces.run());
        model.actions().caseActions().addListener((ListChangeListener<ActionPoint>) c -> fillProduces.run());
        fillProduces.run();

        TextArea note = new TextArea();
        note.setId("iv-runner-note");
        note.setWrapText(true);
        note.setPrefRowCount(6);
        note.setPromptText(messages.get("iv.runner.note.prompt"));
        note.textProperty().bindBidirectional(model.noteProperty());
        Button save = new Button(messages.get("iv.runner.saveNotes"), Icons.of("mdi2c-content-save-outline", 16));
        save.setId("iv-runner-save");
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        save.setOnAction(e -> model.save());
        Label noteHint = Forms.hint(messages.get("iv.runner.note.hint"));
        VBox notes = new VBox(6, Ui.section(messages.get("iv.runner.notes")), note, new HBox(12, save, noteHint));

        VBox center = new VBox(14, titleRow, speakerRow, instruction, producesPanel, notes);
        center.getStyleClass().add("iv-runner-center");
        ScrollPane scroll = new ScrollPane(center);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** What the step shows besides the notes, after what it produces. */
    private Node right() {
        Label remaining = new Label();
        remaining.setId("iv-runner-remaining");
        remaining.getStyleClass().add("iv-countdown");
        remaining.textProperty().bind(model.countdown().remainingTextProperty());
        model.countdown().overTimeProperty().addListener((o, a, over) -> {
            if (over) {
                remaining.getStyleClass().add("iv-countdown-over");
            } else {
                remaining.getStyleClass().remove("iv-countdown-over");
            }
        });
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.countdown().phaseProgressProperty());
        Button pause = new Button();
        pause.setId("iv-runner-pause");
        pause.textProperty().bind(Bindings.when(model.countdown().pausedProperty()).then(messages.get("iv.runner.resume"))
                .otherwise(messages.get("iv.runner.pause")));
        pause.setOnAction(e -> model.countdown().togglePause());
        Button extra = new Button(messages.get("iv.runner.addMinute"));
        extra.setId("iv-runner-add-minute");
        extra.setOnAction(e -> model.countdown().addMinute());
        Label session = new Label();
        session.getStyleClass().add("hint");
        session.textProperty().bind(model.countdown().sessionTimeTextProperty());
        VBox timer = new VBox(8, new Label(messages.get("iv.runner.timeLeft")), remaining, progress,
                new HBox(8, pause, extra), session);
        timer.getStyleClass().add("iv-runner-timer");

        VBox kase = new VBox(6);
        kase.setId("iv-runner-case-panel");
        Runnable fillCase = () -> {
            kase.getChildren().clear();
            CaseMaterial c = model.currentCaseProperty().get();
            if (c == null) {
                return;
            }
            kase.getChildren().addAll(Ui.section(messages.get("iv.runner.case")), Ui.wrapped(c.title(), "iv-card-title"),
                    Ui.wrapped(messages.get("iv.card.presenter", c.presenter().name()), "hint"),
                    new HBox(6, Ui.levelBadge(c.level(), messages)), Ui.tagChips(c.tags()),
                    Ui.wrapped(messages.get("iv.runner.question"), "field-label"),
                    Ui.wrapped(c.question(), "iv-runner-question"));
            if (c.residentCode() != null) {
                kase.getChildren().add(Ui.iconLabel(messages.get("iv.card.resident", c.residentCode()),
                        "mdi2l-link-variant", "hint"));
            }
            if (!c.situation().isBlank()) {
                TitledPane situation = new TitledPane(messages.get("iv.runner.situation"),
                        Ui.wrapped(c.situation(), "iv-runner-text"));
                situation.setExpanded(false);
                kase.getChildren().add(situation);
            }
        };
        model.currentCaseProperty().addListener((o, a, b) -> fillCase.run());
        fillCase.run();
        VBox right = new VBox(16, timer, kase);
        right.setPrefWidth(340);
        right.getStyleClass().add("iv-runner-right");
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(360);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Node footer() {
        Button previous = new Button(messages.get("iv.runner.previous"), Icons.of("mdi2a-arrow-left", 18));
        previous.setId("iv-runner-previous");
        previous.setOnAction(e -> model.previous());
        previous.disableProperty().bind(model.firstStepProperty().or(model.runningProperty().not()));
        Label counter = new Label();
        counter.setId("iv-runner-counter");
        counter.textProperty().bind(model.stepCounterProperty());
        Button next = new Button(messages.get("iv.runner.next"), Icons.of("mdi2a-arrow-right", 18));
        next.setId("iv-runner-next");
        next.getStyleClass().add("accent");
        next.setOnAction(e -> model.next());
        next.visibleProperty().bind(model.lastStepProperty().not());
        next.managedProperty().bind(next.visibleProperty());
        Button nextCase = new Button(messages.get("iv.runner.nextCase"), Icons.of("mdi2s-skip-next", 18));
        nextCase.setId("iv-runner-next-case");
        nextCase.setOnAction(e -> model.nextCase());
        nextCase.visibleProperty().bind(model.nextCaseAvailableProperty());
        nextCase.managedProperty().bind(nextCase.visibleProperty());
        Button finish = new Button(messages.get("iv.runner.finish"), Icons.of("mdi2f-flag-checkered", 18));
        finish.setId("iv-runner-finish");
        finish.getStyleClass().add("accent");
        finish.setOnAction(e -> model.finish());
        finish.visibleProperty().bind(model.lastStepProperty().and(model.runningProperty()));
        finish.managedProperty().bind(finish.visibleProperty());
        Label message = new Label();
        message.setId("iv-runner-message");
        message.getStyleClass().add("iv-message");
        message.textProperty().bind(model.messageProperty());
        HBox bar = new HBox(16, previous, counter, message, Ui.spacer(), nextCase, next, finish);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("iv-runner-footer");
        return bar;
    }

    private VBox startPanel() {
        Label title = new Label();
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        title.textProperty().bind(model.titleProperty());
        VBox agenda = new VBox(6);
        Runnable fill = () -> {
            agenda.getChildren().clear();
            for (CaseMaterial c : model.agenda()) {
                agenda.getChildren().add(Ui.wrapped(messages.get("iv.runner.caseChoice", c.title(),
                        c.presenter().name()), "iv-card-line"));
            }
        };
        model.agenda().addListener((ListChangeListener<CaseMaterial>) c -> fill.run());
        Label participants = Ui.wrapped("", "hint");
        model.loadedProperty().addListener((o, a, b) -> {
            if (b && model.material() != null) {
                IntervisionSession s = model.material().session();
                participants.setText(messages.get("iv.runner.start.people",
                        s.facilitator() == null ? "—" : s.facilitator().name(),
                        s.participants().stream().map(Person::name).collect(java.util.stream.Collectors.joining(", ")),
                        Formats.date(s.heldOn())));
            }
        });
        Button start = new Button(messages.get("iv.runner.start"), Icons.of("mdi2p-play-circle-outline", 20));
        start.setId("iv-runner-start");
        start.getStyleClass().add("accent");
        start.setOnAction(e -> model.start());
        start.disableProperty().bind(model.mayRunProperty().not());
        Label notAllowed = Forms.hint(messages.get("iv.runner.start.notAllowed"));
        notAllowed.visibleProperty().bind(model.mayRunProperty().not().and(model.loadedProperty()));
        Button closeButton = new Button(messages.get("iv.runner.close"));
        closeButton.setOnAction(e -> {
            model.close();
            close.run();
        });
        Label message = new Label();
        message.getStyleClass().add("iv-message");
        message.textProperty().bind(model.messageProperty());
        Label external = Ui.wrapped("", "iv-runner-external");
        external.textProperty().bind(model.externalTextProperty());
        external.visibleProperty().bind(model.deidentifiedProperty());
        external.managedProperty().bind(external.visibleProperty());
        VBox panel = new VBox(14, title, external, participants, Ui.section(messages.get("iv.runner.agenda")), agenda,
                Forms.hint(messages.get("iv.runner.start.hint")), new HBox(12, start, closeButton), notAllowed,
                message);
        panel.setMaxWidth(720);
        panel.getStyleClass().addAll("card", "iv-runner-start");
        VBox outer = new VBox(panel);
        outer.setAlignment(Pos.CENTER);
        outer.getStyleClass().add("iv-runner-start-outer");
        return outer;
    }
}
