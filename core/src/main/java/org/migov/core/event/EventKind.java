package org.migov.core.event;

import org.migov.core.CodedEnum;

/** What kind of event it is. */
public enum EventKind implements CodedEnum {
  /** A high-level dialogue, such as the Humanitarian Dialogues Italy holds with IOM. */
  HIGH_LEVEL_DIALOGUE,
  /** A meeting to coordinate work between organisations. */
  COORDINATION_MEETING,
  /** A visit to exchange practices, such as ASIT's exchanges between police forces. */
  EXCHANGE_VISIT,
  /** A conference. */
  CONFERENCE,
  /** A training session. */
  TRAINING,
  /** The signing of an agreement. */
  SIGNING_CEREMONY,
  /** A session of a governing body, such as the IOM Council or the UN General Assembly. */
  GOVERNING_BODY_SESSION,
  /** The launch of a programme, an initiative or a network. */
  LAUNCH
}
