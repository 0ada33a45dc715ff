package org.migov.json;

import tools.jackson.core.io.SerializedString;

/**
 * The property names the writers use, encoded once: writing a pre-encoded name copies its quoted
 * chars instead of checking each char for escaping, as Jackson's own serializers do.
 */
final class Names {
  private Names() {}

  static final SerializedString ACRONYM = new SerializedString("acronym");
  static final SerializedString ACTIVITY_TYPES = new SerializedString("activityTypes");
  static final SerializedString AGREEMENT = new SerializedString("agreement");
  static final SerializedString AGREEMENTS = new SerializedString("agreements");
  static final SerializedString AMOUNT = new SerializedString("amount");
  static final SerializedString AREA = new SerializedString("area");
  static final SerializedString AREA_OF_RESPONSIBILITY = new SerializedString("areaOfResponsibility");
  static final SerializedString BASED_ON = new SerializedString("basedOn");
  static final SerializedString BENEFICIARY_GROUPS = new SerializedString("beneficiaryGroups");
  static final SerializedString BUDGET = new SerializedString("budget");
  static final SerializedString BUDGET_LINES = new SerializedString("budgetLines");
  static final SerializedString COMMITMENTS = new SerializedString("commitments");
  static final SerializedString COORDINATION_MECHANISMS = new SerializedString("coordinationMechanisms");
  static final SerializedString COUNTRY = new SerializedString("country");
  static final SerializedString CURRENCY = new SerializedString("currency");
  static final SerializedString DATE = new SerializedString("date");
  static final SerializedString DESCRIPTION = new SerializedString("description");
  static final SerializedString DISSOLVED = new SerializedString("dissolved");
  static final SerializedString END = new SerializedString("end");
  static final SerializedString ENTRY_INTO_FORCE = new SerializedString("entryIntoForce");
  static final SerializedString EVENTS = new SerializedString("events");
  static final SerializedString FORMAT = new SerializedString("format");
  static final SerializedString FOUNDED = new SerializedString("founded");
  static final SerializedString FUNDING_INSTRUMENT = new SerializedString("fundingInstrument");
  static final SerializedString HEADQUARTERS = new SerializedString("headquarters");
  static final SerializedString HOLDER = new SerializedString("holder");
  static final SerializedString HONORIFIC_PREFIX = new SerializedString("honorificPrefix");
  static final SerializedString ID = new SerializedString("id");
  static final SerializedString IDENTIFIERS = new SerializedString("identifiers");
  static final SerializedString KIND = new SerializedString("kind");
  static final SerializedString KINDS = new SerializedString("kinds");
  static final SerializedString LABEL = new SerializedString("label");
  static final SerializedString LANGUAGE = new SerializedString("language");
  static final SerializedString LINKS = new SerializedString("links");
  static final SerializedString LOCALITY = new SerializedString("locality");
  static final SerializedString LOCATION = new SerializedString("location");
  static final SerializedString MEMBER_STATE_COUNT = new SerializedString("memberStateCount");
  static final SerializedString MEMBERS = new SerializedString("members");
  static final SerializedString NAME = new SerializedString("name");
  static final SerializedString NAMED_AREA = new SerializedString("namedArea");
  static final SerializedString OFFICES = new SerializedString("offices");
  static final SerializedString OPERATING_PERIOD = new SerializedString("operatingPeriod");
  static final SerializedString ORGANISATION = new SerializedString("organisation");
  static final SerializedString ORGANISATIONS = new SerializedString("organisations");
  static final SerializedString OUTCOMES = new SerializedString("outcomes");
  static final SerializedString PARENT = new SerializedString("parent");
  static final SerializedString PARTICIPANTS = new SerializedString("participants");
  static final SerializedString PARTIES = new SerializedString("parties");
  static final SerializedString PARTY = new SerializedString("party");
  static final SerializedString PEOPLE = new SerializedString("people");
  static final SerializedString PERCENTAGE = new SerializedString("percentage");
  static final SerializedString PERIOD = new SerializedString("period");
  static final SerializedString PERSON = new SerializedString("person");
  static final SerializedString PLACE = new SerializedString("place");
  static final SerializedString POST = new SerializedString("post");
  static final SerializedString POSTS = new SerializedString("posts");
  static final SerializedString PROGRAMME = new SerializedString("programme");
  static final SerializedString PROGRAMMES = new SerializedString("programmes");
  static final SerializedString PUBLISHER = new SerializedString("publisher");
  static final SerializedString REGION = new SerializedString("region");
  static final SerializedString RELATION = new SerializedString("relation");
  static final SerializedString ROLE = new SerializedString("role");
  static final SerializedString SCHEME = new SerializedString("scheme");
  static final SerializedString SIGNATORIES = new SerializedString("signatories");
  static final SerializedString SIGNING_DATE = new SerializedString("signingDate");
  static final SerializedString SIGNING_PLACE = new SerializedString("signingPlace");
  static final SerializedString SOURCES = new SerializedString("sources");
  static final SerializedString START = new SerializedString("start");
  static final SerializedString STATUS = new SerializedString("status");
  static final SerializedString TARGET = new SerializedString("target");
  static final SerializedString TARGET_AREAS = new SerializedString("targetAreas");
  static final SerializedString TENURES = new SerializedString("tenures");
  static final SerializedString THEMATIC_AREAS = new SerializedString("thematicAreas");
  static final SerializedString TITLE = new SerializedString("title");
  static final SerializedString UN_SYSTEM_MEMBERSHIP = new SerializedString("unSystemMembership");
  static final SerializedString URL = new SerializedString("url");
  static final SerializedString VALIDITY = new SerializedString("validity");
  static final SerializedString VALUE = new SerializedString("value");
  static final SerializedString VERSION = new SerializedString("version");
  static final SerializedString WEBSITE = new SerializedString("website");
  static final SerializedString WIKIDATA_ID = new SerializedString("wikidataId");
}
