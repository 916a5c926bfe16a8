package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentsUi;
import be.toppsy.desk.residents.record.ResidentFile;
import be.toppsy.desk.residents.referrals.Barrier;
import be.toppsy.desk.residents.referrals.Consent;
import be.toppsy.desk.residents.referrals.Referral;
import be.toppsy.desk.residents.referrals.ReferralState;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.socialmap.SocialService;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Navigator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The referrals tab: the consent gate, states, barriers and support while waiting. */
final class ReferralsView {

    private final ResidentPageViewModel page;
    private final ReferralsViewModel model;
    private final Messages messages;
    private final DialogService dialogs;

    ReferralsView(ResidentPageViewModel page, Messages messages, DialogService dialogs) {
        this.page = page;
        this.model = page.referrals();
        this.messages = messages;
        this.dialogs = dialogs;
    }

    Node build(ResidentFile f) {
        TableView<Referral> table = new TableView<>();
        table.setId("referral-table");
        table.getItems().setAll(f.referrals());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.service"), Referral::serviceName));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.state"),
                r -> messages.get(r.state().messageKey())));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.consent"), r -> r.overrideReason() != null
                ? messages.get("residents.consent.overridden") : messages.get(r.consent().messageKey())));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.proposed"),
                r -> Formats.date(r.proposedOn())));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.waiting"), r -> r.isWaiting()
                ? messages.get("residents.referral.days", r.waitingDays(page.today())) : "–"));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.barriers"), r -> r.barriers().stream()
                .map(b -> messages.get(b.messageKey())).collect(Collectors.joining(", "))));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.interim"),
                r -> r.interimSupport() == null ? "" : r.interimSupport()));
        table.setPrefHeight(220);
        table.setPlaceholder(new Label(messages.get("residents.referral.empty")));
        VBox box = new VBox(10, Forms.hint(messages.get("residents.referral.consentRule")), table);
        if (page.can(Permission.REFERRAL_MANAGE)) {
            var selected = table.getSelectionModel().selectedItemProperty();
            Button given = new Button(messages.get("residents.referral.consentGiven"));
            given.setId("referral-consent-given");
            given.setOnAction(e -> model.recordConsent(selected.get(), Consent.GIVEN));
            Button refused = new Button(messages.get("residents.referral.consentRefused"));
            refused.setOnAction(e -> model.recordConsent(selected.get(), Consent.REFUSED));
            ComboBox<ReferralState> state = ResidentsUi.choice("referral-state", List.of(ReferralState.values()),
                    s -> messages.get(s.messageKey()), messages.get("residents.referral.newState"));
            Button apply = new Button(messages.get("residents.referral.setState"));
            apply.setId("referral-set-state");
            apply.setOnAction(e -> {
                if (state.getValue() != null) {
                    model.setReferralState(selected.get(), state.getValue());
                }
            });
            HBox row = new HBox(8, given, refused, state, apply);
            if (page.can(Permission.CONSENT_OVERRIDE)) {
                Button override = new Button(messages.get("residents.referral.override"));
                override.setId("referral-override");
                override.getStyleClass().add("danger");
                override.setOnAction(e -> dialogs.ask(messages.get("residents.referral.overrideTitle"),
                        messages.get("residents.referral.overrideQuestion"), "")
                        .ifPresent(reason -> model.overrideConsent(selected.get(), reason)));
                override.disableProperty().bind(selected.isNull());
                row.getChildren().add(override);
            }
            given.disableProperty().bind(selected.isNull());
            refused.disableProperty().bind(selected.isNull());
            apply.disableProperty().bind(selected.isNull());
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().addAll(row, Forms.errorLabel(model.referralError("state")),
                    Forms.errorLabel(model.referralError("consent")), Forms.errorLabel(model.referralError("override")));
            selected.addListener((obs, o, r) -> model.selectedReferralProperty().set(r));
            FlowPane followBarriers = new FlowPane(10, 6);
            for (Barrier b : Barrier.values()) {
                CheckBox c = new CheckBox(messages.get(b.messageKey()));
                c.setId("referral-follow-barrier-" + b.name());
                c.setSelected(model.followBarriers().contains(b));
                model.followBarriers().addListener((javafx.collections.SetChangeListener<Barrier>) ch ->
                        c.setSelected(model.followBarriers().contains(b)));
                c.selectedProperty().addListener((obs, o, on) -> {
                    if (on) {
                        model.followBarriers().add(b);
                    } else {
                        model.followBarriers().remove(b);
                    }
                });
                followBarriers.getChildren().add(c);
            }
            Button follow = new Button(messages.get("residents.referral.updateFollowUp"));
            follow.setId("referral-update-follow-up");
            follow.setOnAction(e -> model.updateReferralFollowUp());
            Label followTitle = new Label(messages.get("residents.referral.followUpTitle"));
            followTitle.getStyleClass().add("section-title");
            VBox followBox = new VBox(8, followTitle, followBarriers, Forms.field(messages.get(
                    "residents.referral.interim"), ResidentsUi.textArea("referral-follow-interim",
                    model.followInterimProperty(), 2, 4000), model.referralError("interim")), follow);
            followBox.visibleProperty().bind(selected.isNotNull());
            followBox.managedProperty().bind(followBox.visibleProperty());
            box.getChildren().add(followBox);

            Label title = new Label(messages.get("residents.referral.newTitle"));
            title.getStyleClass().add("section-title");
            ComboBox<SocialService> service = ResidentsUi.choice("referral-service", List.of(), SocialService::name,
                    messages.get("residents.referral.pickService"));
            page.services().addListener((ListChangeListener<SocialService>) c ->
                    service.getItems().setAll(page.services().stream().filter(s -> !s.crisisContact()).toList()));
            service.getItems().setAll(page.services().stream().filter(s -> !s.crisisContact()).toList());
            service.valueProperty().bindBidirectional(model.referralServiceProperty());
            service.setPrefWidth(360);
            TextField serviceName = ResidentsUi.textField("referral-service-name", model.referralServiceNameProperty(),
                    30);
            serviceName.setPromptText(messages.get("residents.referral.serviceNamePrompt"));
            FlowPane barriers = new FlowPane(10, 6);
            for (Barrier b : Barrier.values()) {
                CheckBox c = new CheckBox(messages.get(b.messageKey()));
                c.selectedProperty().addListener((obs, o, on) -> {
                    if (on) {
                        model.referralBarriers().add(b);
                    } else {
                        model.referralBarriers().remove(b);
                    }
                });
                barriers.getChildren().add(c);
            }
            Button propose = new Button(messages.get("residents.referral.propose"));
            propose.setId("referral-propose");
            propose.setOnAction(e -> model.proposeReferral());
            box.getChildren().addAll(title,
                    Forms.field(messages.get("residents.referral.service"), new HBox(8, service, serviceName),
                            model.referralError("service")),
                    Forms.field(messages.get("residents.referral.reason"), ResidentsUi.textArea("referral-reason",
                            model.referralReasonProperty(), 2, 4000), model.referralError("reason")),
                    Forms.field(messages.get("residents.referral.barriers"), barriers, model.referralError("barriers")),
                    Forms.field(messages.get("residents.referral.interim"), ResidentsUi.textArea("referral-interim",
                            model.referralInterimProperty(), 2, 4000), model.referralError("interim")),
                    propose);
        }
        box.getStyleClass().add("tab-body");
        return box;
    }
}
