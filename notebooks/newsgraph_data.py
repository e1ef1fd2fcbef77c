"""Open a newsgraph output folder with DuckDB, from a notebook.

Uses the `duckdb` Python package where it is installed; otherwise DuckDB's JDBC driver through
JPype (Debian has python3-jpype but no Python DuckDB). Every table of the output becomes a view
of the same name, so queries read `FROM cooccurrence` whatever the engine.

Environment:
  NEWSGRAPH_OUTPUT      the output folder (default: ../output from this folder, i.e. what
                        `bin/newsgraph run` writes)
  NEWSGRAPH_DUCKDB_JAR  the DuckDB JDBC jar, when the duckdb package is absent (default: the
                        jar Maven put in ~/.m2, or target/notebook-libs/)
"""
import glob
import os

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
TABLES = ["articles", "mentions", "entities", "cooccurrence", "top_neighbours", "entity_trends",
          "topics", "article_topics", "topic_trends", "entity_topics", "rejects", "run_manifest"]


def output_dir():
    out = os.environ.get("NEWSGRAPH_OUTPUT", os.path.join(HERE, "..", "output"))
    out = os.path.abspath(out)
    if not os.path.exists(os.path.join(out, "_SUCCESS")):
        raise FileNotFoundError(
            f"{out} is not a complete newsgraph output (no _SUCCESS): run `bin/newsgraph run` "
            "or set NEWSGRAPH_OUTPUT to an output folder")
    return out


def _parquet_glob(table_dir):
    """The glob that reaches the Parquet files below a table folder (partition folders included)."""
    for depth in range(0, 4):
        pattern = os.path.join(table_dir, *(["*"] * depth), "*.parquet")
        if glob.glob(pattern):
            return pattern
    return None


class Connection:
    def __init__(self, out):
        self.out = out
        try:
            import duckdb  # noqa: F401
            self._con = duckdb.connect()
            self._jdbc = False
        except ImportError:
            self._con = _jdbc_connect()
            self._jdbc = True
        self.tables = []
        for t in TABLES:
            pattern = _parquet_glob(os.path.join(out, t))
            if pattern:
                self.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{pattern}', hive_partitioning = true)")
                self.tables.append(t)

    def execute(self, sql):
        if self._jdbc:
            cur = self._con.cursor()
            cur.execute(sql)
            cur.close()
        else:
            self._con.execute(sql)

    def query(self, sql):
        """Runs a query and returns a pandas DataFrame."""
        if not self._jdbc:
            return self._con.execute(sql).df()
        cur = self._con.cursor()
        cur.execute(sql)
        columns = [d[0] for d in cur.description]
        rows = cur.fetchall()
        cur.close()
        frame = pd.DataFrame([list(r) for r in rows], columns=columns)
        # JDBC values arrive as Java objects: make numbers and text plain Python.
        for c in frame.columns:
            frame[c] = frame[c].map(_plain)
            try:
                frame[c] = pd.to_numeric(frame[c])
            except (ValueError, TypeError):
                pass
        return frame


def _plain(v):
    if v is None:
        return None
    name = type(v).__name__
    if name in ("int", "float", "str", "bool"):
        return v
    s = str(v)
    if name.endswith("Date") or name.endswith("Timestamp") or name.endswith("LocalDate"):
        return pd.Timestamp(s)
    return s


def _jdbc_connect():
    import jpype
    import jpype.dbapi2
    jar = os.environ.get("NEWSGRAPH_DUCKDB_JAR")
    if not jar:
        candidates = sorted(glob.glob(os.path.join(HERE, "..", "target", "notebook-libs", "duckdb_jdbc-*.jar")))
        candidates += sorted(glob.glob(os.path.expanduser("~/.m2/repository/org/duckdb/duckdb_jdbc/*/duckdb_jdbc-*.jar")))
        if not candidates:
            raise FileNotFoundError("no DuckDB: pip install duckdb, or set NEWSGRAPH_DUCKDB_JAR to duckdb_jdbc.jar "
                                    "(mvn verify downloads it into ~/.m2)")
        jar = candidates[-1]
    if not jpype.isJVMStarted():
        classpath = [jar]
        if os.path.exists("/usr/share/java/org.jpype.jar"):
            classpath.append("/usr/share/java/org.jpype.jar")  # Debian's JPype needs its support jar
        jpype.startJVM(classpath=classpath)
    return jpype.dbapi2.connect("jdbc:duckdb:", driver="org.duckdb.DuckDBDriver")


def connect(out=None):
    """A connection with one view per table of the output folder."""
    return Connection(out or output_dir())
