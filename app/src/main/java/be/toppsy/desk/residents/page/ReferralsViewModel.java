package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.referrals.Barrier;
import be.toppsy.desk.residents.referrals.Consent;
import be.toppsy.desk.residents.referrals.Referral;
import be.toppsy.desk.residents.referrals.ReferralState;
import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.socialmap.SocialService;
import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** The referrals tab: proposing, consent (or an override), moving a referral on, barriers and support while waiting. */
public final class ReferralsViewModel {

    private final ResidentPageViewModel page;
    private final ResidentService service;
    private final Messages messages;
    private final FieldErrors referralErrors;
    private final ObjectProperty<SocialService> referralService = new SimpleObjectProperty<>();
    private final StringProperty referralServiceName = new SimpleStringProperty("");
    private final StringProperty referralReason = new SimpleStringProperty("");
    private final ObservableSet<Barrier> referralBarriers = FXCollections.observableSet(EnumSet.noneOf(Barrier.class));
    private final StringProperty referralInterim = new SimpleStringProperty("");
    private final ObjectProperty<Referral> selectedReferral = new SimpleObjectProperty<>();
    private final ObservableSet<Barrier> followBarriers = FXCollections.observableSet(EnumSet.noneOf(Barrier.class));
    private final StringProperty followInterim = new SimpleStringProperty("");

    ReferralsViewModel(ResidentPageViewModel page, ResidentService service, Messages messages) {
        this.page = page;
        this.service = service;
        this.messages = messages;
        this.referralErrors = new FieldErrors(messages);
        selectedReferral.addListener((o, a, r) -> {
            followBarriers.clear();
            if (r != null) {
                followBarriers.addAll(r.barriers());
            }
            followInterim.set(r == null || r.interimSupport() == null ? "" : r.interimSupport());
        });
        referralService.addListener((o, a, s) -> {
            if (s != null) {
                referralServiceName.set(s.name());
            }
        });
    }

    public void proposeReferral() {
        long id = page.residentId();
        SocialService chosen = referralService.get();
        String name = referralServiceName.get();
        Long serviceId = chosen != null && chosen.name().equals(name) ? chosen.id() : null;
        String reason = referralReason.get();
        Set<Barrier> barriers = EnumSet.noneOf(Barrier.class);
        barriers.addAll(referralBarriers);
        String interim = referralInterim.get();
        page.run(referralErrors, () -> service.referrals().proposeReferral(id, serviceId, name, reason, barriers, interim), newId -> {
            referralService.set(null);
            referralServiceName.set("");
            referralReason.set("");
            referralBarriers.clear();
            referralInterim.set("");
        });
    }

    public void recordConsent(Referral referral, Consent consent) {
        page.run(referralErrors, () -> {
            service.referrals().recordConsent(referral.id(), consent, null);
            return true;
        }, ok -> { });
    }

    public void overrideConsent(Referral referral, String reason) {
        page.run(referralErrors, () -> {
            service.referrals().overrideConsent(referral.id(), reason);
            return true;
        }, ok -> { });
    }

    public void setReferralState(Referral referral, ReferralState newState) {
        page.run(referralErrors, () -> {
            service.referrals().setReferralState(referral.id(), newState, null);
            return true;
        }, ok -> { });
    }

    /** Saves the barriers and the support while waiting of the selected referral. */
    public void updateReferralFollowUp() {
        Referral r = selectedReferral.get();
        if (r == null) {
            return;
        }
        Set<Barrier> barriers = EnumSet.noneOf(Barrier.class);
        barriers.addAll(followBarriers);
        String interim = followInterim.get();
        page.run(referralErrors, () -> {
            service.referrals().updateReferralFollowUp(r.id(), barriers, interim);
            return true;
        }, ok -> page.showMessage(messages.get("residents.saved")));
    }

    public ReadOnlyStringProperty referralError(String field) {
        return referralErrors.of(field);
    }

    public ObjectProperty<SocialService> referralServiceProperty() {
        return referralService;
    }

    public StringProperty referralServiceNameProperty() {
        return referralServiceName;
    }

    public StringProperty referralReasonProperty() {
        return referralReason;
    }

    public ObservableSet<Barrier> referralBarriers() {
        return referralBarriers;
    }

    public StringProperty referralInterimProperty() {
        return referralInterim;
    }

    public ObjectProperty<Referral> selectedReferralProperty() {
        return selectedReferral;
    }

    public ObservableSet<Barrier> followBarriers() {
        return followBarriers;
    }

    public StringProperty followInterimProperty() {
        return followInterim;
    }
}
