package org.migov.core.organisation;

import org.migov.core.CodedEnum;

/**
 * What kind of body an organisation is. Finer than the IATI OrganisationType codelist, to which
 * each kind maps through {@link #iatiOrganisationType()}. An organisation may have several kinds:
 * IOM is both an intergovernmental organisation and a UN entity.
 */
public enum OrganisationKind implements CodedEnum {
  /** A body whose members are states, such as IOM (IATI 40, multilateral). */
  INTERGOVERNMENTAL_ORGANISATION(40),
  /** A UN entity: secretariat office, fund, programme, agency or related organisation (IATI 40). */
  UN_ENTITY(40),
  /** A ministry, department or agency of a national government (IATI 10, government). */
  NATIONAL_GOVERNMENT_BODY(10),
  /** A regional, provincial or municipal authority (IATI 11, local government). */
  LOCAL_GOVERNMENT(11),
  /** A police force or unit, border or coast guard (IATI 15, other public sector). */
  LAW_ENFORCEMENT(15),
  /** A court, prosecutor's office or other judicial body (IATI 15, other public sector). */
  JUDICIAL_BODY(15),
  /** A non-governmental organisation working in several countries (IATI 21, international NGO). */
  INTERNATIONAL_NGO(21),
  /** A non-governmental organisation working in one country (IATI 22, national NGO). */
  NATIONAL_NGO(22),
  /** A research institute or centre outside a university (IATI 80, academic, training and research). */
  RESEARCH_INSTITUTE(80),
  /** A university or other academic body (IATI 80). */
  ACADEMIC(80),
  /**
   * A fund or financing instrument that belongs to another body, such as Italy's Migration Fund
   * or the EU's Internal Security Fund (IATI 90, other: its owner's type varies).
   */
  FUNDING_INSTRUMENT(90),
  /** A supranational body such as the European Union (IATI 40, multilateral). */
  SUPRANATIONAL_BODY(40),
  /**
   * An inter-agency network or coordination group, such as ICAT or the UN Network on Migration
   * (IATI 90, other).
   */
  NETWORK_OR_COORDINATION_GROUP(90),
  /** A company or business association (IATI 70, private sector). */
  PRIVATE_SECTOR(70),
  /** A philanthropic foundation (IATI 60, foundation). */
  FOUNDATION(60);

  private final int iatiOrganisationType;

  OrganisationKind(int iatiOrganisationType) {
    this.iatiOrganisationType = iatiOrganisationType;
  }

  /**
   * The code of the IATI OrganisationType codelist this kind maps to.
   *
   * @return 10, 11, 15, 21, 22, 40, 60, 70, 80 or 90
   */
  public int iatiOrganisationType() {
    return iatiOrganisationType;
  }
}
