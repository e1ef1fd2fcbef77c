package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void markupBecomesParagraphs() {
    String html = "<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>"
        + "<nav>Home | World</nav><h1>Port reopens</h1><p>The port reopened on <b>Monday</b>.</p>"
        + "<p>Trade &amp; shipping resumed.<br>Prices fell.</p><aside>Sign up</aside></body></html>";
    assertTrue(Html.looksLikeHtml(html));
    assertEquals("Port reopens\n\nThe port reopened on Monday.\n\nTrade & shipping resumed.\nPrices fell.",
        Html.toText(html).replaceAll("\n{3,}", "\n\n"));
  }

  @Test
  void plainTextWithAngleBracketsIsNotHtml() {
    assertFalse(Html.looksLikeHtml("Growth was < 2% and > 1%."));
    assertFalse(Html.looksLikeHtml("Plain text."));
  }

  @Test
  void cleaningStripsMarkupBeforeBoilerplate() {
    String cleaned = Boilerplate.clean("Port reopens",
        "<p>Share this article</p><p>The port reopened on Monday.</p><p>Read More</p>");
    assertEquals("The port reopened on Monday.", cleaned);
  }
}
