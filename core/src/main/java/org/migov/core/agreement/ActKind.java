package org.migov.core.agreement;

import org.migov.core.CodedEnum;

/** What a body did with an instrument, in an {@link InstrumentAct}. */
public enum ActKind implements CodedEnum {
  /** Adopted it: the intergovernmental conference adopting the Global Compact for Migration. */
  ADOPTION,
  /** Endorsed an instrument adopted elsewhere: the General Assembly endorsing the Compact. */
  ENDORSEMENT,
  /** Approved it before signature or entry into force: the IOM Council approving the 2016 agreement. */
  APPROVAL
}
