package org.migov.core.organisation;

import org.migov.core.CodedEnum;

/** How an organisation succeeded one of its {@linkplain Succession predecessors}. */
public enum SuccessionKind implements CodedEnum {
  /** The predecessor merged into this organisation: UNIFEM into UN Women. */
  MERGED_INTO,
  /** The predecessor was replaced by this organisation, which took over its mandate. */
  REPLACED_BY,
  /** This organisation split from the predecessor, which may live on. */
  SPLIT_FROM,
  /** This organisation is the predecessor under a new name. */
  RENAMED
}
