package be.toppsy.desk.residents.record;

import be.toppsy.desk.common.SupportLevel;
import java.time.OffsetDateTime;

/** A step up or down between support levels: who, when and why. */
public record LevelChange(long id, long residentId, OffsetDateTime changedAt, long changedById, String changedByName,
        SupportLevel from, SupportLevel to, String reason, boolean discussedInTeam) {
}
