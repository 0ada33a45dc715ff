package org.migov.quarkus.it;

import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.PartialDate;

/** The endpoints of a minimal application, as a user's would be. */
@Path("/organisations")
public class Organisations {
  /**
   * A body of the application's own, with a constraint of its own.
   *
   * @param text the text
   */
  public record Note(@jakarta.validation.constraints.NotBlank String text) {}

  /** Creates the resource; Quarkus does this. */
  public Organisations() {}

  /**
   * An organisation, as the wire format writes it.
   *
   * @return the organisation
   */
  @GET
  public Organisation organisation() {
    return Organisation.builder().id(OrganisationId.of("iom")).name(MultilingualText.of("en", "IOM", "fr", "OIM"))
        .founded(PartialDate.parse("1951")).build();
  }

  /**
   * An organisation read, checked by migov's rules and given back.
   *
   * @param organisation the body
   * @return the body
   */
  @POST
  public Organisation echo(@Valid Organisation organisation) {
    return organisation;
  }

  /**
   * A note, checked by the application's own constraint.
   *
   * @param note the body
   * @return the note
   */
  @POST
  @Path("/notes")
  public Note note(@Valid Note note) {
    return note;
  }

  /**
   * Never found.
   *
   * @return nothing
   */
  @GET
  @Path("/missing")
  public Organisation missing() {
    throw new jakarta.ws.rs.NotFoundException("no such organisation");
  }

  @jakarta.inject.Inject
  org.migov.quarkus.MigovRequestWarnings warnings;

  /**
   * An organisation read and checked: the codes of the warnings that passed.
   *
   * @param organisation the body
   * @return the codes
   */
  @POST
  @Path("/warned")
  public java.util.List<String> warned(@Valid Organisation organisation) {
    return warnings.list().stream().map(org.migov.validation.Violation::code).toList();
  }
}
