package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, loaded once per JVM (driver or executor) on first use and shared by all
 * tasks in it. Models are immutable and thread-safe; the *ME objects that use them are not, so
 * each task makes its own (see {@link ArticleAnnotator}).
 */
public final class Models {
  /** Classpath resources: the UD models from Maven Central, and the NER model this project trains. */
  public static final String SENTENCE_RESOURCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  public static final String TOKENIZER_RESOURCE = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  public static final String NER_RESOURCE = "models/newsgraph-ner-en.bin";

  private static final AtomicInteger LOADS = new AtomicInteger();

  static {
    allowProjectExtensions();
  }

  /**
   * OpenNLP 2.5 instantiates only feature-generator classes of allowed packages; a model trained
   * with this project's {@link ClusterFeatureGeneratorFactory} needs its package allowed in every
   * JVM that loads or trains one.
   */
  public static void allowProjectExtensions() {
    opennlp.tools.util.ext.ExtensionLoader.registerAllowedPackage("org.newsgraph.nlp");
  }
  private static volatile Models instance;

  public final SentenceModel sentences;
  public final TokenizerModel tokens;
  public final TokenNameFinderModel names;

  private Models() {
    try {
      sentences = new SentenceModel(open(SENTENCE_RESOURCE));
      tokens = new TokenizerModel(open(TOKENIZER_RESOURCE));
      names = new NerModel(open(NER_RESOURCE));
    } catch (opennlp.tools.util.ext.ExtensionNotLoadedException e) {
      throw new IllegalStateException("the NER model uses this project's word-cluster feature, which OpenNLP "
          + "could not load: put the newsgraph jar on the same classpath as opennlp-tools (docs/cluster.md)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP models", e);
    }
  }

  /** The JVM's models; {@code onLoad} runs only in the one call that actually loads them. */
  public static Models get(Runnable onLoad) {
    Models m = instance;
    if (m == null) {
      synchronized (Models.class) {
        m = instance;
        if (m == null) {
          m = new Models();
          instance = m;
          LOADS.incrementAndGet();
          onLoad.run();
        }
      }
    }
    return m;
  }

  public static Models get() {
    return get(() -> { });
  }

  /** OpenNLP's language detector model from Maven Central (103 languages, ISO 639-3 codes). */
  public static final String LANGUAGE_RESOURCE = "langdetect-183.bin";
  private static volatile LanguageDetectorModel languageModel;

  /** The language detector's model, loaded once per JVM on first use, apart from the NER models. */
  public static LanguageDetectorModel language() {
    LanguageDetectorModel m = languageModel;
    if (m == null) {
      synchronized (Models.class) {
        m = languageModel;
        if (m == null) {
          try (InputStream in = open(LANGUAGE_RESOURCE)) {
            m = new LanguageDetectorModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language detector model", e);
          }
          languageModel = m;
        }
      }
    }
    return m;
  }

  /** How many times this JVM has loaded the models: 1 after any use, never more. */
  public static int loadCount() {
    return LOADS.get();
  }

  /** SHA-256 of each model resource, for the run manifest. */
  public static Map<String, String> checksums() {
    Map<String, String> sums = new LinkedHashMap<>();
    for (String r : new String[] {SENTENCE_RESOURCE, TOKENIZER_RESOURCE, NER_RESOURCE, LANGUAGE_RESOURCE}) {
      try (InputStream in = open(r)) {
        sums.put(r, sha256(in));
      } catch (IOException e) {
        throw new IllegalStateException("cannot checksum model " + r, e);
      }
    }
    return sums;
  }

  /** Hex SHA-256 of a stream's bytes (model resources here, training files in {@link NerTrainer}). */
  static String sha256(InputStream in) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        sha.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static InputStream open(String resource) throws IOException {
    InputStream in = Models.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("model resource not on the classpath: " + resource
          + (resource.equals(NER_RESOURCE) ? " (train it with: bin/train-ner-model)" : ""));
    }
    return in;
  }
}
