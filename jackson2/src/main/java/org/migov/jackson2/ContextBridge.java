package org.migov.jackson2;

import com.fasterxml.jackson.core.JsonStreamContext;
import tools.jackson.core.TokenStreamContext;

/**
 * A Jackson 2 read or write context seen as a Jackson 3 one, so that migov's codec finds the
 * pointer of the value it is on: the path from the root of the whole document. A view, made anew
 * each time it is asked for; immutable.
 */
final class ContextBridge extends TokenStreamContext {
  private final JsonStreamContext context;

  private ContextBridge(JsonStreamContext context) {
    super(context.inArray() ? TYPE_ARRAY : context.inObject() ? TYPE_OBJECT : TYPE_ROOT,
        context.hasCurrentIndex() ? context.getCurrentIndex() : -1);
    this.context = context;
    int depth = 0;
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      depth++;
    }
    this._nestingDepth = depth;
  }

  /** The view of a context, null for none. */
  static ContextBridge of(JsonStreamContext context) {
    return context == null ? null : new ContextBridge(context);
  }

  @Override
  public TokenStreamContext getParent() {
    return of(context.getParent());
  }

  @Override
  public String currentName() {
    return context.getCurrentName();
  }

  @Override
  public Object currentValue() {
    return context.getCurrentValue();
  }

  @Override
  public void assignCurrentValue(Object value) {
    context.setCurrentValue(value);
  }
}
