package vn.ocop.registry.scoring;

/** A scoring round is OPEN until every scoring member has scored, then ACCEPTED or REJECTED (spread too wide). */
public enum RoundState {
    OPEN, ACCEPTED, REJECTED
}
