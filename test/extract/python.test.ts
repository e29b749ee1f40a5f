// Python extraction: exact kinds, names, env vars and ranges of the port forms Python services use
// (keyword arguments, env reads, argparse/click/typer, settings classes, sockets, subprocesses), the
// docstrings that are comments, and the look-alikes that must stay silent.
import { describe, expect, it } from 'vitest';
import { occurrences, summary } from '../helpers/extract.js';

/** Summary lines, after checking every range covers exactly the port as written (or the variable when port is null). */
function py(code: string, file = 'snippet'): string[] {
  for (const o of occurrences('python', code, file)) {
    const written = o.port === null ? o.text === o.variable : o.text === String(o.port);
    expect(written, `${o.kind} ${o.port} at ${o.range.start.line}:${o.range.start.column} covers "${o.text}"`).toBe(true);
  }
  return summary('python', code, file);
}

describe('Python: bindings', () => {
  it('keyword arguments, parameter defaults, constants and annotated constants', () => {
    expect(
      py(`uvicorn.run(app, host="0.0.0.0", port=8000)
app.run(port="5000")
def serve(port: int = 8001, *, host: str = "x"): ...
def legacy(port=8002, timeout=30): ...
API_PORT = 8003
PORT: int = 8004
self.redis_port = 6379
config["port"] = 8005
`),
    ).toEqual([
      '8000 property 1:39-1:43 name=port',
      '5000 property 2:15-2:19 name=port',
      '8001 parameter-default 3:23-3:27 name=port',
      '8002 parameter-default 4:17-4:21 name=port',
      '8003 constant 5:12-5:16 name=API_PORT',
      '8004 constant 6:13-6:17 name=PORT',
      '6379 property 7:19-7:23 name=redis_port',
      '8005 property 8:18-8:22 name=port',
    ]);
  });

  it('dicts, dict(), tuple assignment, collections, port maps and ranges', () => {
    expect(
      py(`x = {"port": 8010, "timeout": 30}
y = dict(host="h", port=8011)
HOST, PORT = "localhost", 8012
WORKER_PORTS = [8013, 8014]
SERVICE_PORTS = {"api": 8015, "web": (8016, 8017)}
PORT_RANGE = range(8020, 8030)
`),
    ).toEqual([
      '8010 property 1:14-1:18 name=port',
      '8011 property 2:25-2:29 name=port',
      '8012 constant 3:27-3:31 name=PORT',
      '8013 constant 4:17-4:21 name=WORKER_PORTS',
      '8014 constant 4:23-4:27 name=WORKER_PORTS',
      '8015 constant 5:25-5:29 name=api',
      '8016 constant 5:39-5:43 name=web',
      '8017 constant 5:45-5:49 name=web',
      '8020-8029 constant 6:20-6:24 name=PORT_RANGE',
    ]);
  });

  it('class attributes are properties: pydantic, dataclass and attrs fields', () => {
    expect(
      py(`class Settings(BaseModel):
    api_port: int = 8000
    admin_port: int = Field(8001, ge=1024)
    metrics_port: int = Field(default=8002)
    port: int = field(default=8003)
    peer_port = attr.ib(default=8004)
    pool_size: int = 20
`),
    ).toEqual([
      '8000 property 2:21-2:25 name=api_port',
      '8001 property 3:29-3:33 name=admin_port',
      '8002 property 4:39-4:43 name=metrics_port',
      '8003 property 5:31-5:35 name=port',
      '8004 property 6:33-6:37 name=peer_port',
    ]);
  });

  it('a pydantic-settings field is the default of the environment variable it reads', () => {
    expect(
      py(`class Base(BaseSettings):
    pass
class Settings(Base):
    api_port: int = 8000
    admin_port: int = Field(8001, alias="ADMIN_LISTEN_PORT")
class Prefixed(pydantic_settings.BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_")
    metrics_port: int = 8002
class Exact(BaseSettings):
    model_config = SettingsConfigDict(case_sensitive=True)
    peer_port: int = 8003
`),
    ).toEqual([
      '8000 property 4:21-4:25 name=api_port var=API_PORT',
      '8001 property 5:29-5:33 name=admin_port var=ADMIN_LISTEN_PORT',
      '8002 property 8:25-8:29 name=metrics_port var=APP_METRICS_PORT',
      '8003 property 11:22-11:26 name=peer_port var=peer_port',
    ]);
  });

  it('a name that does not say port holds one only when a port context reads it', () => {
    expect(
      py(`DEFAULT = 9200
INTERVAL = 3000
app.run(port=DEFAULT)
EXPECTED = {"api": 9100, "docs": 9101}
for name, port in EXPECTED.items():
    pass
BACKUP = range(8010, 8020)
for port in BACKUP:
    pass
`),
    ).toEqual([
      '9200 constant 1:11-1:15 name=DEFAULT',
      '9100 constant 4:20-4:24 name=api',
      '9101 constant 4:34-4:38 name=docs',
      '8010-8019 constant 7:16-7:20 name=BACKUP',
    ]);
  });

  it('functions and properties that return a port', () => {
    expect(
      py(`def get_port() -> int:
    return int(os.getenv("PORT", "8001"))
class A:
    @property
    def port(self):
        return 8002
    def port_count(self):
        return 4
`),
    ).toEqual(['8001 env-default 2:35-2:39 name=get_port var=PORT', '8002 property 6:16-6:20 name=port']);
  });

  it('port-named quantities and hardware ports are not ports', () => {
    expect(py('max_ports = 10\nPORT_TIMEOUT = 30\nport_retries = 5\nserial_port = 1\nfor port in range(1, 49):\n    pass\n')).toEqual([]);
  });
});

describe('Python: environment', () => {
  it('os.getenv, os.environ.get, setdefault, subscripts and or-defaults name their variable', () => {
    expect(
      py(`port = int(os.getenv("X_PORT", "8000"))
os.environ.get("REDIS_PORT", 6379)
os.environ.setdefault("PORT", "8001")
os.environ["ADMIN_PORT"] = "8002"
DOCS_PORT = int(os.environ.get("DOCS_PORT") or 8003)
app.run(port=int(os.environ["APP_PORT"]))
workers = int(os.environ.get("WORKERS", 8))
`),
    ).toEqual([
      '8000 env-default 1:33-1:37 name=port var=X_PORT',
      '6379 env-default 2:30-2:34 var=REDIS_PORT',
      '8001 env-default 3:32-3:36 var=PORT',
      '8002 env-assign 4:29-4:33 name=ADMIN_PORT',
      '8003 env-default 5:48-5:52 name=DOCS_PORT var=DOCS_PORT',
      'null property 6:30-6:38 name=port var=APP_PORT',
    ]);
  });

  it('a variable-only port bound to a name loses its "no default" when the name gets a fallback', () => {
    expect(py('port = os.environ.get("PORT")\napp.run(port=port or 5000)\napi_port = os.environ["API_PORT"]\n')).toEqual([
      '5000 property 2:22-2:26 name=port',
      'null constant 3:24-3:32 name=api_port var=API_PORT',
    ]);
  });

  it('django-environ, python-decouple, dict.get and getattr defaults', () => {
    expect(
      py(`a = env.int("API_PORT", default=8000)
b = config("DB_PORT", default=5432, cast=int)
c = settings.get("redis_port", 6379)
d = getattr(settings, "CACHE_PORT", 11211)
e = config.get("page_size", 1000)
`),
    ).toEqual([
      '8000 env-default 1:33-1:37 var=API_PORT',
      '5432 env-default 2:31-2:35 var=DB_PORT',
      '6379 property 3:32-3:36 name=redis_port',
      '11211 property 4:37-4:42 name=CACHE_PORT',
    ]);
  });

  it('a conditional defaults the read in its true branch', () => {
    expect(py('port = int(os.environ["P"]) if "P" in os.environ else 8010\n')).toEqual(['8010 env-default 1:55-1:59 name=port var=P']);
  });
});

describe('Python: command lines', () => {
  it('argparse, click (with envvar) and typer defaults', () => {
    expect(
      py(`parser.add_argument("--port", type=int, default=8000)
parser.add_argument("-d", "--debug-port", type=int, default=9229)
parser.add_argument("port", nargs="?", type=int, default=8080)
parser.add_argument("--timeout", type=float, default=0.5)
@click.option("--port", "-p", default=5000, envvar="WEB_PORT")
def web(port): ...
def feed(port: int = typer.Option(8765, "--port")): ...
`),
    ).toEqual([
      '8000 cli-flag 1:49-1:53 name=--port',
      '9229 cli-flag 2:61-2:65 name=--debug-port',
      '8080 property 3:58-3:62 name=port',
      '5000 cli-flag 5:39-5:43 name=--port var=WEB_PORT',
      '8765 parameter-default 7:35-7:39 name=port',
    ]);
  });

  it('tornado define, absl flags and a flag with its value in one string', () => {
    expect(
      py(`define("port", default=8888, type=int)
flags.DEFINE_integer("grpc_port", 50051, "gRPC port")
CHROME = ["--headless", "--remote-debugging-port=9222", "--max-ports=4"]
define("max_workers", default=8000)
`),
    ).toEqual([
      '8888 property 1:24-1:28 name=port',
      '50051 cli-flag 2:35-2:40 name=grpc_port',
      '9222 cli-flag 3:50-3:54 name=--remote-debugging-port',
    ]);
  });

  it('subprocess argument lists and env dicts', () => {
    expect(
      py(`subprocess.run(["uvicorn", "app:app", "--port", "8000"])
CMD = ("redis-server", "--port", 6380)
subprocess.run(["npm", "start"], env={**os.environ, "PORT": "3000"})
`),
    ).toEqual([
      '8000 cli-flag 1:50-1:54 name=--port',
      '6380 cli-flag 2:34-2:38 name=--port',
      '3000 env-assign 3:62-3:66 name=PORT',
    ]);
  });
});

describe('Python: sockets and clients', () => {
  it('bind, connect, sendto, servers and protocol clients, with the host when it is written', () => {
    expect(
      py(`sock.bind(("0.0.0.0", 8000))
sock.bind(("", 8001))
s.connect((host, 6379))
socket.create_connection(("cache", 6380))
sock.sendto(b"x", ("127.0.0.1", 9999))
HTTPServer(("", 8002), Handler)
smtplib.SMTP("smtp.example.com", 587)
asyncio.start_server(handle, "0.0.0.0", 8888)
app.listen(8889)
`),
    ).toEqual([
      '8000 listen 1:23-1:27 host=0.0.0.0',
      '8001 listen 2:16-2:20 host=',
      '6379 connect 3:18-3:22',
      '6380 connect 4:36-4:40 host=cache',
      '9999 connect 5:33-5:37 host=127.0.0.1',
      '8002 listen 6:17-6:21 host=',
      '587 connect 7:34-7:37 host=smtp.example.com',
      '8888 listen 8:41-8:45 host=0.0.0.0',
      '8889 listen 9:12-9:16',
    ]);
  });

  it('an address named as one may use "" for any host', () => {
    expect(py('server_address = ("", 8000)\nBIND_ADDR = ("0.0.0.0", 9000)\n')).toEqual([
      '8000 address 1:23-1:27 host=',
      '9000 address 2:25-2:29 host=0.0.0.0',
    ]);
  });

  it('a (host, port) tuple is an address when the host is an IP, localhost or a domain', () => {
    expect(py('A = ("127.0.0.1", 8899)\nB = ("api.example.com", 443)\nC = ("retries", 3000)\nreturn ("", 204)\n')).toEqual([
      '8899 address 1:19-1:23 host=127.0.0.1',
      '443 address 2:25-2:28 host=api.example.com',
    ]);
  });

  it("listen's backlog and an ephemeral bind are not ports", () => {
    expect(py('sock.listen(5)\nserver.listen(1024)\nsock.bind(("127.0.0.1", 0))\nsock.recv(4096)\n')).toEqual([]);
  });
});

describe('Python: strings, docstrings and comments', () => {
  it('URLs, f-strings and host:port strings', () => {
    expect(
      py(`REDIS_URL = "redis://localhost:6379/0"
u = f"http://{host}:8000/api"
bind = "0.0.0.0:8080"
`),
    ).toEqual(['6379 url 1:32-1:36 host=localhost', '8000 url 2:21-2:25 host={host}', '8080 address 3:17-3:21 host=0.0.0.0']);
  });

  it('module, class and function docstrings are comments', () => {
    expect(
      py(`"""Serves on http://localhost:8000"""


class A:
    """Redis on localhost:6379"""

    def f(self):
        """Talks to http://127.0.0.1:9000 (see docs)"""
`),
    ).toEqual([
      '8000 url 1:31-1:35 host=localhost comment',
      '6379 address 5:27-5:31 host=localhost comment',
      '9000 url 8:38-8:42 host=127.0.0.1 comment',
    ]);
  });
});

describe('Python: ports modules', () => {
  const ports = `"""Every port the stack uses."""
HTTP = 3100
AMQP: int = 5673
RELAY_RANGE = (40000, 40100)
BROKERS = [9092, 9093, 9094]
SERVICES = {"api": 8200, "web": {"http": 8201}}
STATSD = int(os.getenv("STATSD", "8125"))
A, B = 7000, 7001
TIMEOUT_MS = 3100
HOST = "0.0.0.0"
KEY = "12345"
WORKERS = 4
def describe():
    limit = 5000
`;

  it('in a file named ports.py, module-level numbers and dicts of them are ports, a two-port tuple a range', () => {
    expect(py(ports, 'settings/ports.py')).toEqual([
      '3100 constant 2:8-2:12 name=HTTP',
      '5673 constant 3:13-3:17 name=AMQP',
      '40000-40100 constant 4:16-4:21 name=RELAY_RANGE',
      '9092 constant 5:12-5:16 name=BROKERS',
      '9093 constant 5:18-5:22 name=BROKERS',
      '9094 constant 5:24-5:28 name=BROKERS',
      '8200 constant 6:20-6:24 name=api',
      '8201 constant 6:42-6:46 name=http',
      '8125 env-default 7:35-7:39 name=STATSD var=STATSD',
      '7000 constant 8:8-8:12 name=A',
      '7001 constant 8:14-8:18 name=B',
    ]);
  });

  it('the same constants in any other module are plain numbers', () => {
    expect(py(ports, 'settings/limits.py')).toEqual([]);
    expect(py(ports, 'app/transports.py')).toEqual([]);
  });
});

describe('Python: arguments of port-named parameters', () => {
  it('the positional argument at a port-named parameter in calls of the function, the method or the class', () => {
    expect(
      py(`async def serve_grpc(port: int):
    pass
def start(host, port=8000):
    pass
class Exporter:
    def __init__(self, endpoint, port):
        pass
    def restart(self, port, *, backlog=128):
        pass
    @staticmethod
    def probe(host, port):
        pass
async def main():
    srv = await serve_grpc(50051)
    await serve_grpc(port=50052)
start("0.0.0.0", 9000)
exporter = Exporter("otel", 4317)
exporter.restart(4318)
Exporter.probe("otel", 4319)
start(HOST, DEFAULT)
DEFAULT = 9005
`),
    ).toEqual([
      '8000 parameter-default 3:22-3:26 name=port',
      '50051 argument 14:28-14:33 name=port',
      '50052 property 15:27-15:32 name=port',
      '9000 argument 16:18-16:22 name=port',
      '4317 argument 17:29-17:33 name=port',
      '4318 argument 18:18-18:22 name=port',
      '4319 argument 19:24-19:28 name=port',
      '9005 constant 21:11-21:15 name=DEFAULT',
    ]);
  });

  it('quantities, indexes, keyword-only parameters, splats and other functions stay silent', () => {
    expect(
      py(`def set_port_count(port_count):
    pass
def resize(width, port_index):
    pass
def star(*args, port=None):
    pass
def serve(host, port):
    pass
set_port_count(8000)
resize(1024, 8)
star(1, 8001)
serve(*argv)
serve("x", *rest)
other("x", 8002)
obj.serve("x", 8003)
`),
    ).toEqual([]);
  });
});

describe('Python: look-alikes', () => {
  it('timeouts, sizes, statuses, dates, versions, permissions and loops stay silent', () => {
    expect(
      py(`requests.get(url, timeout=5000)
Queue(max_size=8192)
retries = 3
datetime.datetime(2024, 1, 1)
setup(python_requires=">=3.8", version="1.2.3")
HTTPException(status_code=503)
os.chmod("run.sh", 0o755)
for i in range(8000):
    time.sleep(0.001)
report_interval = 3000
transport = {"retries": 3}
d = "2024-01-01"
t = "10:30:00"
`),
    ).toEqual([]);
  });
});

describe('Python: option setters, JSON in strings, templated hosts, host-and-port arguments', () => {
  it('a port-named option key set to a value, a JSON member, an f-string host, a local host literal then a port', () => {
    expect(
      py(`spark = SparkSession.builder.config("spark.ui.port", "4050").getOrCreate()
conf.set("spark.port.maxRetries", "16")
c = Connection.from_json('{"host": "pgbouncer", "port": 6432}')
b = f"kafka-{i}.kafka-headless:9092"
emulator.start("127.0.0.1", 8085)
`),
    ).toEqual([
      '4050 property 1:55-1:59 name=spark.ui.port',
      '6432 property 3:57-3:61 name=port',
      '9092 address 4:32-4:36 host=kafka-{i}.kafka-headless',
      '8085 address 5:29-5:33 host=127.0.0.1',
    ]);
  });
});

describe('Python: Spark options in command strings', () => {
  it('a dotted key whose last segment names a port, in any string; quantities and look-alike tuples are not', () => {
    expect(summary('python', `CMD = "spark-submit --conf spark.ui.port=4046 app.py"\nRETRIES = "spark.port.maxRetries=32"\nSIZE = "('width', 1920)"\n`)).toEqual([
      '4046 property 1:42-1:46 name=spark.ui.port',
    ]);
  });
});
