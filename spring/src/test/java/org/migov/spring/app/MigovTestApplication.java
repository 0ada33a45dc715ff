package org.migov.spring.app;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.migov.core.dataset.Dataset;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.PartialDate;
import org.migov.spring.MigovWarnings;
import org.migov.validation.Violation;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A minimal application that carries migov types in and out, as a user's would, with a handler of its own. */
@SpringBootApplication
public class MigovTestApplication {
  /** A body of the application's own. */
  public record Note(@NotBlank String text) {}

  /** The application's own handler of invalid bodies, which answers its own way. */
  @RestControllerAdvice
  public static class OwnHandler {
    /** A teapot, so that a test can tell this handler answered. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<String> invalid(MethodArgumentNotValidException e) {
      return ResponseEntity.status(418).body("the application's own handler");
    }
  }

  /** The endpoints. */
  @RestController
  public static class Endpoints {
    /** An organisation, as the wire format writes it. */
    @GetMapping("/organisations/{id}")
    public Organisation organisation(@PathVariable("id") String id) {
      return Organisation.builder().id(OrganisationId.of(id)).name(MultilingualText.of("en", "IOM", "fr", "OIM"))
          .founded(PartialDate.parse("1951")).build();
    }

    /** An organisation read, checked and given back. */
    @PostMapping("/organisations")
    public Organisation echo(@Valid @RequestBody Organisation organisation) {
      return organisation;
    }

    /** A dataset read and checked: what it held, and the warnings that passed. */
    @PostMapping("/datasets")
    public Map<String, Object> dataset(@Valid @RequestBody Dataset dataset, HttpServletRequest request) {
      return Map.of("organisations", dataset.organisations().size(),
          "warnings", MigovWarnings.of(request).stream().map(Violation::code).toList());
    }

    /** A dataset given back, as the wire format writes it. */
    @PostMapping("/datasets/echo")
    public Dataset echo(@RequestBody Dataset dataset) {
      return dataset;
    }

    /** A note, a body of the application's own type with a constraint of its own. */
    @PostMapping("/notes")
    public Note note(@Valid @RequestBody Note note) {
      return note;
    }

    /** A migov file of the server's own that does not decode: the server's fault, not the client's. */
    @GetMapping("/server-fault")
    public Organisation serverFault() {
      return org.migov.json.MigovJson.create().read("{\"id\":", Organisation.class);
    }

    /** Names, for a body of the application's own type. */
    @PostMapping("/names")
    public List<String> names(@RequestBody List<String> names) {
      return names;
    }
  }
}
