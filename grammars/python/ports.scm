; Python port patterns. Capture protocol: see grammars/javascript/ports.scm and STYLE.md.
;
; Most patterns capture a whole value expression as @port: src/extract/python.ts evaluates it to its
; literals (`int(os.getenv("PORT", "8000"))` → 8000, default of PORT; `Field(8000)` → 8000;
; `8443 if tls else 8080` → both; `[8000, 8001]` under a port name → both). A literal that defaults an
; env lookup is an env-default whatever the pattern's kind. Earlier patterns win when two claim a number.
;
; Inner parents written `(_ …)` stand for the one node type their field and context admit: see the
; note at the top of javascript/ports.scm (test/query-wildcards.test.ts checks them).

; """Serves the API on http://localhost:8000."""   (a bare string statement: module, class or function
; docstring) — a comment, so its ports are recorded but never reported.
(expression_statement . (string) @comment .)

; os.environ["PORT"] = "8000"   environ["API_PORT"] = str(8000)
((assignment
   left: (_
           value: [(_ attribute: (identifier) @_e) (identifier) @_e]
           subscript: (string) @name)
   right: (_) @port) @occurrence.env-assign
 (#eq? @_e "environ")
 (#port-name? @name))

; monkeypatch.setenv("API_PORT", "8000")   os.putenv("PORT", "8000")
((call
   function: (_ attribute: (identifier) @_m)
   arguments: (argument_list . (string) @name . (_) @port)) @occurrence.env-assign
 (#any-of? @_m "setenv" "putenv")
 (#port-name? @name))

; subprocess.run(cmd, env={**os.environ, "PORT": "8000"})   Popen(args, env=dict(os.environ, PORT="8000"))
((keyword_argument
   name: (identifier) @_k
   value: [(dictionary (_ key: (string) @name value: (_) @port) @occurrence.env-assign)
           (_ arguments: (argument_list (keyword_argument name: (identifier) @name value: (_) @port) @occurrence.env-assign))])
 (#eq? @_k "env")
 (#port-name? @name))

; class Settings(BaseSettings): api_port: int = 8000   @dataclass class Cfg: port: int = field(default=8000)
; (class attributes: pydantic, dataclass and attrs fields)
((class_definition
   body: (_
           (expression_statement
             (assignment
               left: (identifier) @name
               right: (_) @port) @occurrence.property)))
 (#port-name? @name))

; API_PORT = 8000   PORT: int = 8000   port = int(os.getenv("PORT", "8000"))   PORTS = (8000, 8001)
; DEFAULT = 8000 … app.run(port=DEFAULT)   EXPECTED = {"api": 8000} … for name, port in EXPECTED.items()
; A name that does not say "port" holds one only if a port context reads it: python.ts keeps those
; definitions (kind constant, name not port-named) until such a read turns up, anywhere in the file.
((assignment
   left: (identifier) @name
   right: (_) @port) @occurrence.constant)

; HOST, PORT = "localhost", 8000   (python.ts pairs names with values)
((assignment
   left: (pattern_list) @name
   right: (expression_list) @port) @occurrence.constant)

; self.port = 8000   config.redis_port = 6379
((assignment
   left: (_ attribute: (identifier) @name)
   right: (_) @port) @occurrence.property
 (#port-name? @name))

; config["port"] = 8000   settings["REDIS_PORT"] = 6379
((assignment
   left: (_ subscript: (string) @name)
   right: (_) @port) @occurrence.property
 (#port-name? @name))

; def serve(port=8000)   lambda port=8000: …
((default_parameter
   name: (identifier) @name
   value: (_) @port) @occurrence.parameter-default
 (#port-name? @name))

; def serve(port: int = 8000)   def main(port: int = typer.Option(8000, "--port"))
((typed_default_parameter
   name: (identifier) @name
   value: (_) @port) @occurrence.parameter-default
 (#port-name? @name))

; parser.add_argument("--port", type=int, default=8000)   parser.add_argument("-p", "--port", default=os.getenv("PORT", 8000))
; @click.option("--port", default=8000, envvar="PORT")
((call
   arguments: (argument_list
                (string) @name
                (keyword_argument name: (identifier) @_k value: (_) @port))) @occurrence.cli-flag
 (#eq? @_k "default")
 (#match? @name "^[\"']-")
 (#port-name? @name))

; parser.add_argument("port", type=int, nargs="?", default=8000)   tornado.options.define("port", default=8888)
((call
   function: [(identifier) @_f (_ attribute: (identifier) @_f)]
   arguments: (argument_list
                . (string) @name
                (keyword_argument name: (identifier) @_k value: (_) @port))) @occurrence.property
 (#any-of? @_f "add_argument" "define")
 (#eq? @_k "default")
 (#port-name? @name))

; absl: flags.DEFINE_integer("port", 8080, "port to serve on")
((call
   function: (_ attribute: (identifier) @_f)
   arguments: (argument_list . (string) @name . (_) @port)) @occurrence.cli-flag
 (#any-of? @_f "DEFINE_integer" "DEFINE_string" "DEFINE_list")
 (#port-name? @name))

; "--port=8000"   "--remote-debugging-port=9222"   (a flag and its value in one argument; python.ts splits it)
((string) @port @occurrence.cli-flag
 (#match? @port "^[rRbBuUfF]*[\"']--?[A-Za-z0-9_-]*[Pp][Oo][Rr][Tt][A-Za-z0-9_-]*=[0-9]{2,5}[\"']$"))

; uvicorn.run(app, port=8000)   app.run(host="0.0.0.0", port=5000)   dict(port=8000)   redis.Redis(port=6379)
((keyword_argument
   name: (identifier) @name
   value: (_) @port) @occurrence.property
 (#port-name? @name))

; {"port": 8000}   {"PORT": "8000"}   {"ports": [8000, 8001]}   DATABASES = {"default": {"PORT": "5432"}}
((pair
   key: (string) @name
   value: (_) @port) @occurrence.property
 (#port-name? @name))

; sock.bind(("0.0.0.0", 8000))   sock.bind(("", PORT))
((call
   function: (_ attribute: (identifier) @_m)
   arguments: (argument_list . (tuple . (_) . (_) @port))) @occurrence.listen
 (#eq? @_m "bind"))

; HTTPServer(("", 8000), Handler)   socketserver.TCPServer(("", 8000), Handler)   socket.create_server(("", 8000))
((call
   function: [(identifier) @_c (_ attribute: (identifier) @_c)]
   arguments: (argument_list . (tuple . (_) . (_) @port))) @occurrence.listen
 (#match? @_c "[Ss]erver$"))

; asyncio.start_server(handle, "0.0.0.0", 8000)   loop.create_server(Protocol, host, 8000)   websockets.serve(handler, "localhost", 8765)
((call
   function: (_ attribute: (identifier) @_m)
   arguments: (argument_list . (_) . (_) . (_) @port)) @occurrence.listen
 (#any-of? @_m "start_server" "create_server" "serve"))

; tornado app.listen(8888)   (socket.listen(backlog) takes small counts: sockets and counts under 1025 are skipped)
((call
   function: (_ object: (_) @_o attribute: (identifier) @_m)
   arguments: (argument_list . (integer) @port .)) @occurrence.listen
 (#eq? @_m "listen")
 (#not-match? @_o "sock")
 (#match? @port "^([2-9][0-9]{3}|1[1-9][0-9]{2}|10[3-9][0-9]|102[5-9]|[1-6][0-9]{4})$"))

; s.connect((host, 6379))   s.connect_ex(("localhost", 8000))   socket.create_connection(("db", 5432))
((call
   function: [(identifier) @_m (_ attribute: (identifier) @_m)]
   arguments: (argument_list . (tuple . (_) . (_) @port))) @occurrence.connect
 (#any-of? @_m "connect" "connect_ex" "create_connection"))

; sock.sendto(data, ("127.0.0.1", 9999))
((call
   function: (_ attribute: (identifier) @_m)
   arguments: (argument_list . (_) . (tuple . (_) . (_) @port))) @occurrence.connect
 (#eq? @_m "sendto"))

; asyncio.open_connection("localhost", 6379)   smtplib.SMTP("mail", 587)   HTTPConnection("api", 8080)
; telnetlib.Telnet(host, 23)   pika.ConnectionParameters("mq", 5672)   redis.Redis("cache", 6379)
((call
   function: [(identifier) @_c (_ attribute: (identifier) @_c)]
   arguments: (argument_list . (_) . [(integer) (identifier) (call) (string)] @port)) @occurrence.connect
 (#any-of? @_c "open_connection" "SMTP" "SMTP_SSL" "LMTP" "FTP" "FTP_TLS" "POP3" "POP3_SSL" "IMAP4" "IMAP4_SSL"
   "HTTPConnection" "HTTPSConnection" "Telnet" "ConnectionParameters" "StrictRedis" "Redis" "MongoClient" "getaddrinfo"))

; mqtt_client.connect("broker.local", 1883, 60)   ssh.connect(host, 22)   (not sqlite3.connect("app.db", 5): a timeout)
((call
   function: (_ object: (_) @_o attribute: (identifier) @_m)
   arguments: (argument_list . [(string) (identifier) (attribute)] @_h . [(integer) (identifier) (call)] @port)) @occurrence.connect
 (#eq? @_m "connect")
 (#not-match? @_o "sqlite")
 (#not-match? @_h "\\.(db|sqlite3?)[\"']$"))

; def get_port() -> int: return int(os.getenv("PORT", "8000"))   @property def port(self): return 8080
((function_definition
   name: (identifier) @name
   body: (_ (return_statement (_) @port))) @occurrence.property
 (#port-name? @name))

; for port in range(8000, 8010)   for port in PORTS   for name, port in SERVICES.items()   [probe(p) for port in range(9000, 9010)]
([(for_statement
    left: [(identifier) @name (pattern_list (_) (identifier) @name .) (tuple_pattern (_) (identifier) @name .)]
    right: (_) @port)
  (for_in_clause
    left: [(identifier) @name (pattern_list (_) (identifier) @name .) (tuple_pattern (_) (identifier) @name .)]
    right: (_) @port)] @occurrence.constant
 (#port-name? @name))

; if port == 443:   if args.port != 8000:   assert result["database"]["port"] == 3306
((comparison_operator
   [(identifier) @name (_ attribute: (identifier) @name) (_ subscript: (string) @name)]
   ["==" "!="]
   [(integer) (string)] @port) @occurrence.property
 (#port-name? @name))

; os.getenv("API_PORT", "8000")   os.environ.get("PORT", 8000)   os.environ.setdefault("PORT", "8000")
; env.int("PORT", default=8000)   config("API_PORT", default=8000, cast=int)   settings.get("redis_port", 6379)
((call
   arguments: (argument_list . (string) @_v . (_))) @port @occurrence.property
 (#port-name? @_v))

; getattr(settings, "REDIS_PORT", 6379)
((call
   function: (identifier) @_f
   arguments: (argument_list . (_) . (string) @_v . (_))) @port @occurrence.property
 (#eq? @_f "getattr")
 (#port-name? @_v))

; os.environ.get("PORT") or 8000   int(os.getenv("API_PORT") or "8000")   args.port or 8000   port or FALLBACK
; (the left side can nest any way, so python.ts reports the literal, or reads the name, only when the
; operand it defaults reads a port-named env var or attribute)
((boolean_operator
   operator: "or") @port @occurrence.property)

; ["uvicorn", "app:app", "--port", "8000"]   ("--port", 8000)   (argument vectors built before they are run)
(([(list (string) @name . [(string) (integer)] @port)
   (tuple (string) @name . [(string) (integer)] @port)]) @occurrence.cli-flag
 (#match? @name "^[\"']--?[A-Za-z]")
 (#port-name? @name))

; server_address = ("", 8000)   BIND_ADDR = ("0.0.0.0", 9000)   (an address by name: "" is any host)
((assignment
   left: (identifier) @_n
   right: (tuple . (string) @_h . (integer) @port .)) @occurrence.address
 (#match? @_n "[Aa]ddr|ADDR|[Bb]ind|BIND|[Ll]isten|LISTEN")
 (#eq? @_h "\"\""))

; ("127.0.0.1", 8899)   ADDRESS = ("localhost", 6379)   (a (host, port) pair, as sockets take it; python.ts
; checks the host is an IP, localhost, "" or a domain name)
((tuple . (string) . (integer) @port .) @occurrence.address)

; subprocess.run(["uvicorn", "app:app", "--port", "8000"])   subprocess.Popen("python -m http.server 8000", shell=True)
((call
   function: (_ object: (identifier) @_m attribute: (identifier) @_f)
   arguments: (argument_list . [(list) (tuple) (string)] @command))
 (#eq? @_m "subprocess")
 (#any-of? @_f "run" "Popen" "call" "check_call" "check_output" "getoutput" "getstatusoutput"))

; Popen(["redis-server", "--port", "6380"])   check_output("curl -s localhost:8000/health", shell=True)   (from subprocess import …)
((call
   function: (identifier) @_f
   arguments: (argument_list . [(list) (tuple) (string)] @command))
 (#any-of? @_f "Popen" "check_call" "check_output" "getoutput" "getstatusoutput"))

; os.system("python -m http.server 8000")   os.popen("…")   shlex.split("uvicorn app:app --port 8000")   pexpect.spawn("ssh -p 2222 host")
((call
   function: (_ object: (identifier) @_m attribute: (identifier) @_f)
   arguments: (argument_list . (string) @command))
 (#any-of? @_m "os" "shlex" "pexpect")
 (#any-of? @_f "system" "popen" "split" "spawn" "run"))

; asyncio.create_subprocess_shell("uvicorn app:app --port 8000")
((call
   function: (_ attribute: (identifier) @_f)
   arguments: (argument_list . (string) @command))
 (#eq? @_f "create_subprocess_shell"))

; asyncio.create_subprocess_exec("uvicorn", "app:app", "--port", "8000")   os.execlp("redis-server", "redis-server", "--port", "6380")
((call
   function: (_ attribute: (identifier) @_f)
   arguments: (argument_list . (string)) @command)
 (#any-of? @_f "create_subprocess_exec" "execl" "execlp" "execle" "spawnl" "spawnlp"))

; async def serve_grpc(port: int): …  await serve_grpc(50051)   def start(host, port=8000): …  start("0.0.0.0", 9000)
; class Server: def __init__(self, port): …  Server(9000)   (python.ts reads the argument at the port-named
; parameter's position in the calls of the function in the same file; the predicate sees a parameter's
; annotation and default too, `port: int = 8000`, so python.ts checks the parameter's own name)
((parameters (_) @port) @occurrence.argument
 (#port-name? @port))

; emulator.start("127.0.0.1", 8085)   Client(app, "localhost", 9042)   (a local or IP host literal, then an integer:
; the port on that host, whatever the call; after the port-named parameter pattern, which names such arguments)
((argument_list
   (string) @_h
   .
   (integer) @port) @occurrence.address
 (#match? @_h "^[\"'](localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|::1?|[0-9]{1,3}(\\.[0-9]{1,3}){3})[\"']$"))

; "http://localhost:8000"   f"redis://{host}:6379"   "0.0.0.0:8000"   "runserver 0.0.0.0:8000"
(string) @string

; # served on http://localhost:8000
(comment) @comment
