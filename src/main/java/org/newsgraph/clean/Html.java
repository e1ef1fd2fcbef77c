package org.newsgraph.clean;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Article bodies that carry HTML markup become plain text: scripts, styles and page chrome are
 * dropped, block elements become paragraphs (blank lines), {@code <br>} a line break, entities
 * are decoded. jsoup only parses; nothing in the markup is fetched or run.
 */
public final class Html {
  private Html() {}

  private static final Pattern TAG = Pattern.compile(
      "(?i)<(p|br|div|span|a|b|i|em|strong|html|body|head|h[1-6]|ul|ol|li|table|tr|td|article|section|script|style|img|figure|figcaption|blockquote)\\b[^>]*>");
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
      "li", "table", "tr", "article", "section", "blockquote", "figure", "header", "main", "pre", "dl", "dt", "dd");

  /** True when the text contains HTML tags (not just a stray angle bracket). */
  public static boolean looksLikeHtml(String text) {
    return text != null && text.indexOf('<') >= 0 && TAG.matcher(text).find();
  }

  public static String toText(String html) {
    return toText(Jsoup.parseBodyFragment(html).body());
  }

  /** The text of an element (changed in place: chrome elements are removed from it). */
  public static String toText(Element body) {
    body.select("script, style, noscript, template, iframe, nav, aside, form, button, svg, figcaption").remove();
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          out.append(t.text());
        } else if (node instanceof Element e && e.normalName().equals("br")) {
          out.append('\n');
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          out.append("\n\n");
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          out.append("\n\n");
        }
      }
    }, body);
    return out.toString().replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ").replaceAll(" *\\n *", "\n").strip();
  }
}
