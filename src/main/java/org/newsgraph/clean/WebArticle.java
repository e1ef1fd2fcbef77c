package org.newsgraph.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article in a news web page: its title (og:title, else the title element, else the first
 * h1), its publication date from the page's metadata where it has one, and the text of the
 * article element (else itemprop=articleBody, main, or the whole body) without menus, headers,
 * footers, scripts and forms.
 */
public record WebArticle(String title, String text, String published) {

  public static WebArticle of(Document page) {
    String title = firstNonBlank(
        attr(page, "meta[property=og:title]", "content"),
        page.title(),
        text(page, "h1"));
    String published = firstNonBlank(
        attr(page, "meta[property=article:published_time]", "content"),
        attr(page, "meta[itemprop=datePublished]", "content"),
        attr(page, "meta[name~=(?i)^(pubdate|publishdate|date|dc\\.date|dc\\.date\\.issued|parsely-pub-date)$]", "content"),
        attr(page, "time[datetime]", "datetime"));
    Element root = page.selectFirst("article");
    if (root == null) {
      root = page.selectFirst("[itemprop=articleBody]");
    }
    if (root == null) {
      root = page.selectFirst("main");
    }
    if (root == null) {
      root = page.body();
    }
    root.select("header, footer, nav, aside, [role=navigation], [role=banner], [role=contentinfo]").remove();
    // The headline usually repeats inside the article element; the title field already holds it.
    for (Element h : root.select("h1")) {
      if (title != null && h.text().strip().equals(title.strip())) {
        h.remove();
      }
    }
    return new WebArticle(title == null ? null : title.strip(), Html.toText(root), published);
  }

  private static String attr(Document page, String css, String attribute) {
    Element e = page.selectFirst(css);
    return e == null ? null : e.attr(attribute);
  }

  private static String text(Document page, String css) {
    Element e = page.selectFirst(css);
    return e == null ? null : e.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
