package org.newsgraph.output;

import static org.apache.spark.sql.functions.col;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The co-occurrence network as GraphML (Gephi, NetworkX, igraph, yEd read it): nodes are
 * entities with name, type and counts; edges are all-time article pairs with their counts and
 * measures. Kept readable by a floor on the joint count and a cap on edges (the strongest by G²),
 * which also bounds what is collected to the driver.
 */
public final class GraphMlExport {
  private GraphMlExport() {}

  public static final String FILE = "network.graphml";

  private static final String[][] NODE_KEYS = {
      {"name", "string"}, {"type", "string"}, {"mention_count", "long"}, {"article_count", "long"}};
  private static final String[][] EDGE_KEYS = {
      {"joint_count", "long"}, {"pmi", "double"}, {"npmi", "double"}, {"llr", "double"}, {"dice", "double"}};

  /** The strongest edges, at most maxEdges of them. */
  public static List<Row> edges(Dataset<Row> pairs, int minJointCount, int maxEdges) {
    return pairs.filter("unit = 'article' and period = 'all'")
        .filter(col("joint_count").geq(minJointCount))
        .orderBy(col("llr").desc(), col("joint_count").desc(), col("entity_a"), col("entity_b"))
        .limit(maxEdges)
        .select("entity_a", "entity_b", "joint_count", "pmi", "npmi", "llr", "dice")
        .collectAsList();
  }

  /** Nodes for the given edges' entities: entity_id, name, type, mention_count, article_count. */
  public static List<Row> nodes(Dataset<Row> entities, List<Row> edges) {
    if (edges.isEmpty()) {
      return List.of();
    }
    StringBuilder ids = new StringBuilder();
    for (Row e : edges) {
      ids.append(e.getLong(0)).append(',').append(e.getLong(1)).append(',');
    }
    ids.setLength(ids.length() - 1);
    return entities.filter("entity_id in (" + ids + ")")
        .select("entity_id", "name", "type", "mention_count", "article_count").orderBy("entity_id").collectAsList();
  }

  public static String toGraphMl(List<Row> nodes, List<Row> edges) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("graphml");
      x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
      x.writeCharacters("\n");
      keys(x, "node", NODE_KEYS);
      keys(x, "edge", EDGE_KEYS);
      x.writeStartElement("graph");
      x.writeAttribute("id", "cooccurrence");
      x.writeAttribute("edgedefault", "undirected");
      x.writeCharacters("\n");
      for (Row n : nodes) {
        x.writeStartElement("node");
        x.writeAttribute("id", "e" + n.getLong(0));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", n.getString(1));
        data.put("type", n.getString(2));
        data.put("mention_count", n.getLong(3));
        data.put("article_count", n.getLong(4));
        data(x, data);
        x.writeEndElement();
        x.writeCharacters("\n");
      }
      for (Row e : edges) {
        x.writeStartElement("edge");
        x.writeAttribute("source", "e" + e.getLong(0));
        x.writeAttribute("target", "e" + e.getLong(1));
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < EDGE_KEYS.length; i++) {
          data.put(EDGE_KEYS[i][0], e.get(i + 2));
        }
        data(x, data);
        x.writeEndElement();
        x.writeCharacters("\n");
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write GraphML", e);
    }
    return out.toString() + "\n";
  }

  private static void keys(XMLStreamWriter x, String domain, String[][] keys) throws XMLStreamException {
    for (String[] k : keys) {
      x.writeEmptyElement("key");
      x.writeAttribute("id", k[0]);
      x.writeAttribute("for", domain);
      x.writeAttribute("attr.name", k[0]);
      x.writeAttribute("attr.type", k[1]);
      x.writeCharacters("\n");
    }
  }

  private static void data(XMLStreamWriter x, Map<String, Object> values) throws XMLStreamException {
    for (Map.Entry<String, Object> v : values.entrySet()) {
      x.writeStartElement("data");
      x.writeAttribute("key", v.getKey());
      x.writeCharacters(String.valueOf(v.getValue()));
      x.writeEndElement();
    }
  }
}
