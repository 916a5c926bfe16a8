package be.toppsy.desk.residents.record;

import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.referrals.Referral;
import be.toppsy.desk.residents.reviews.Review;
import be.toppsy.desk.residents.reviews.Screening;
import java.util.List;

/**
 * Everything the resident page shows, read in one go (and audited once). Medical notes are empty
 * unless the user belongs to the medical service.
 */
public record ResidentFile(Resident resident, List<TimelineEntry> timeline, List<PlanAction> actions,
        List<Referral> referrals, List<Review> reviews, List<Screening> screenings, List<LevelChange> levelChanges,
        List<MedicalNote> medicalNotes, boolean medicalNotesVisible) {
}
