package be.toppsy.desk.backup;

import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Shows a recovery code once, to print or write down, with a check box the administrator ticks
 * to confirm it is safely kept. Used after first-run setup and when a new code is made.
 */
public final class RecoveryCodeCard {

    private RecoveryCodeCard() {
    }

    public static VBox build(String code, Messages messages, BooleanProperty confirmed) {
        Label title = new Label(messages.get("recoveryCode.title"));
        title.getStyleClass().add("section-title");
        title.setGraphic(Icons.of("mdi2k-key-variant", 20));
        Label explain = Forms.hint(messages.get("recoveryCode.explain"));

        Label codeLabel = new Label(code);
        codeLabel.setId("recovery-code");
        codeLabel.getStyleClass().add("recovery-code");
        HBox codeBox = new HBox(codeLabel);
        codeBox.setAlignment(Pos.CENTER);
        codeBox.getStyleClass().add("recovery-code-box");

        Label keepIt = Forms.hint(messages.get("recoveryCode.keep"));

        Label printStatus = new Label();
        printStatus.getStyleClass().add("hint");
        printStatus.setWrapText(true);
        Button print = new Button(messages.get("recoveryCode.print"));
        print.setId("recovery-code-print");
        print.setGraphic(Icons.of("mdi2p-printer", 16));
        print.setOnAction(e -> printStatus.setText(print(code, messages, print)));
        HBox printRow = new HBox(12, print, printStatus);
        printRow.setAlignment(Pos.CENTER_LEFT);

        CheckBox confirm = new CheckBox(messages.get("recoveryCode.confirm"));
        confirm.setId("recovery-code-confirm");
        confirm.setWrapText(true);
        confirm.selectedProperty().bindBidirectional(confirmed);

        VBox card = new VBox(14, title, explain, codeBox, keepIt, printRow, confirm);
        card.getStyleClass().add("recovery-code-card");
        return card;
    }

    private static String print(String code, Messages messages, Button owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return messages.get("recoveryCode.noPrinter");
        }
        if (!job.showPrintDialog(owner.getScene() == null ? null : owner.getScene().getWindow())) {
            job.cancelJob();
            return "";
        }
        Label heading = new Label(messages.get("recoveryCode.printTitle"));
        heading.getStyleClass().add("section-title");
        Label codeLabel = new Label(code);
        codeLabel.getStyleClass().add("recovery-code");
        Label text = new Label(messages.get("recoveryCode.printText", Formats.date(LocalDate.now())));
        text.setWrapText(true);
        text.setMaxWidth(440);
        VBox page = new VBox(18, heading, codeLabel, text);
        page.getStylesheets().addAll(owner.getScene() == null ? java.util.List.of()
                : owner.getScene().getStylesheets());
        boolean printed = job.printPage(page) && job.endJob();
        return messages.get(printed ? "recoveryCode.printed" : "recoveryCode.printFailed");
    }
}
