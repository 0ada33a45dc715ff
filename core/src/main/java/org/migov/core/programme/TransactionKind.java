package org.migov.core.programme;

import org.migov.core.CodedEnum;

/** What a {@link Transaction} is, as IATI's TransactionType codelist (with its codes). */
public enum TransactionKind implements CodedEnum {
  /** Funds received for the programme (IATI 1). */
  INCOMING_FUNDS(1),
  /** A firm commitment to spend or pass on funds (IATI 2). */
  OUTGOING_COMMITMENT(2),
  /** Funds passed on to another organisation (IATI 3). */
  DISBURSEMENT(3),
  /** Funds spent directly on goods and services (IATI 4). */
  EXPENDITURE(4),
  /** Interest paid on a loan (IATI 5). */
  INTEREST_PAYMENT(5),
  /** A repayment of a loan's principal (IATI 6). */
  LOAN_REPAYMENT(6),
  /** A reimbursement of funds spent (IATI 7). */
  REIMBURSEMENT(7),
  /** A purchase of equity (IATI 8). */
  PURCHASE_OF_EQUITY(8),
  /** A sale of equity (IATI 9). */
  SALE_OF_EQUITY(9),
  /** A credit guarantee (IATI 10). */
  CREDIT_GUARANTEE(10),
  /** A commitment received from a funder (IATI 11). */
  INCOMING_COMMITMENT(11),
  /** A non-binding promise to give funds (IATI 12). */
  OUTGOING_PLEDGE(12),
  /** A non-binding promise of funds received (IATI 13). */
  INCOMING_PLEDGE(13);

  private final int iatiCode;

  TransactionKind(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The code of the IATI TransactionType codelist.
   *
   * @return 1 to 13
   */
  public int iatiCode() {
    return iatiCode;
  }
}
