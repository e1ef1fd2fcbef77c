package org.newsgraph.cli;

/** Bad arguments or configuration: the message says what to change. Raised before Spark starts. */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
