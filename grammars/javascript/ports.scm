; JavaScript / TypeScript port patterns (also run for .ts and .tsx).
; Capture protocol (STYLE.md): @port holds the number (or the string content holding it),
; @occurrence.<kind> is the whole construct, @name the identifier/key it is bound to,
; @variable the env var whose lookup it defaults, @string text to scan for URLs and host:port,
; @comment comments, @command shell code, @_x captures for predicates only. (#port-name? @x) holds
; when @x names a port.
;
; Most patterns capture a whole value expression as @port: src/extract/javascript.ts evaluates it to
; its literals (`process.env.PORT || 3000` → 3000, default of PORT; `[3000, 3001]` under a port name →
; both; `isProd ? 443 : 3000` → both). A literal that defaults an env lookup is an env-default whatever
; the pattern's kind. Earlier patterns win when two claim the same number.
;
; Inner parents are written `(_ …)` where their field and context admit one node type
; (`function: (_ property: …)` is a member_expression): tree-sitter's compile-time analysis walks the
; grammar's parse states for every typed parent step and skips wildcard ones, which halves this query's
; compile time (bench/query-compile.mjs). test/query-wildcards.test.ts checks each wildcard against the
; grammar's node-types.json and against the query typed back, on every fixture.

; process.env.PORT = "3000"   process.env["API_PORT"] = 8000
((assignment_expression
   left: [(_
            object: (_ property: (property_identifier) @_env)
            property: (property_identifier) @name)
          (_
            object: (_ property: (property_identifier) @_env)
            index: (string) @name)]
   right: (_) @port) @occurrence.env-assign
 (#eq? @_env "env")
 (#port-name? @name))

; process.env.PORT ||= "3000"   process.env.PORT ??= 3000
((augmented_assignment_expression
   left: (_
           object: (_ property: (property_identifier) @_env)
           property: (property_identifier) @variable)
   operator: ["||=" "??="]
   right: (_) @port) @occurrence.env-default
 (#eq? @_env "env")
 (#port-name? @variable))

; spawn("node", ["server.js"], { env: { ...process.env, PORT: "3000" } })
((pair
   key: (property_identifier) @_env
   value: (object
            (_
              key: [(property_identifier) (string)] @name
              value: (_) @port) @occurrence.env-assign))
 (#eq? @_env "env")
 (#port-name? @name))

; const { PORT = 3000 } = process.env   const { API_PORT: apiPort = "8000" } = import.meta.env
((variable_declarator
   name: (object_pattern
           [(_
              left: (shorthand_property_identifier_pattern) @variable
              right: (_) @port)
            (_
              key: (property_identifier) @variable
              value: (_ right: (_) @port))] @occurrence.env-default)
   value: (_) @_env)
 (#any-of? @_env "process.env" "import.meta.env" "Bun.env"))

; const API_PORT = 8000   let port = process.env.PORT || "3000"   export const PORTS = [3000, 3001]
; const DEFAULT = 3000 … server.listen(DEFAULT)   const SERVICES = { api: 8000 } … Object.entries(SERVICES)
; A name that does not say "port" holds one only if a port context reads it: javascript.ts keeps those
; definitions (kind constant, name not port-named) until such a read turns up, anywhere in the file.
((variable_declarator
   name: (identifier) @name
   value: (_) @port) @occurrence.constant)

; { port: 5173 }   { "port": "5173" }   { devPort: 3001 }   { port: Number(process.env.PORT ?? 8000) }
; new WebSocketServer({ port: 8080 })   Deno.serve({ port: 8000 }, h)   Bun.serve({ port: 3000, fetch })
((pair
   key: [(property_identifier) (string)] @name
   value: (_) @port) @occurrence.property
 (#port-name? @name))

; [{ container: 25565, host: 25565, proto: "tcp" }]   { protocol: "udp", target: 53, published: 5353 }
; (a container's port mapping whose keys do not say "port": read beside a tcp/udp protocol, in either
; order; the sibling is checked by #protocol-sibling?, as a sibling pattern would cost the query dearly)
((pair
   key: [(property_identifier) (string)] @name
   value: (number) @port) @occurrence.property
 (#match? @name "^[\"']?(container|host|internal|external|public|private|target|published)[\"']?$")
 (#protocol-sibling? @occurrence.property))

; { listen: 7781 }   { "listen": 8080 }   (a number to listen on: the port; `listen: true` and
; `listen: ":8080"` are not numbers, and the address string is scanned anyway)
((pair
   key: [(property_identifier) (string)] @name
   value: (number) @port) @occurrence.listen
 (#any-of? @name "listen" "\"listen\"" "'listen'")
 (#match? @port "^[1-9][0-9]{1,4}$"))

; this.port = 3000   config.server.port = 8080   config["port"] = 8080
((assignment_expression
   left: [(_ property: (property_identifier) @name)
          (_ index: (string) @name)]
   right: (_) @port) @occurrence.property
 (#port-name? @name))

; options.port ??= 3000   this.port ||= 8080
((augmented_assignment_expression
   left: (_ property: (property_identifier) @name)
   operator: ["||=" "??="]
   right: (_) @port) @occurrence.property
 (#port-name? @name))

; port = 3000   port ??= 3000
([(assignment_expression left: (identifier) @name right: (_) @port)
  (augmented_assignment_expression left: (identifier) @name operator: ["||=" "??="] right: (_) @port)] @occurrence.constant
 (#port-name? @name))

; function serve(port = 3000) {}   const [port = 3000] = args
((assignment_pattern
   left: (identifier) @name
   right: (_) @port) @occurrence.parameter-default
 (#port-name? @name))

; const { port = 3000 } = options   function serve({ port = 3000 }) {}
((object_assignment_pattern
   left: (shorthand_property_identifier_pattern) @name
   right: (_) @port) @occurrence.parameter-default
 (#port-name? @name))

; const { port: p = 3000 } = options
((pair_pattern
   key: (property_identifier) @name
   value: (_ right: (_) @port)) @occurrence.parameter-default
 (#port-name? @name))

; function getPort() { return Number(process.env.PORT) || 3000 }   const port = () => 3000
((function_declaration
   name: (identifier) @name
   body: (_ (return_statement (_) @port))) @occurrence.constant
 (#port-name? @name))

; class Config { get port() { return 8080 } defaultPort() { return 8081 } }
((method_definition
   name: (property_identifier) @name
   body: (_ (return_statement (_) @port))) @occurrence.property
 (#port-name? @name))

; app.set("port", 3000)   app.set("port", process.env.PORT || 3000)   yargs.option("port", { default: 3000 })
; app.commandLine.appendSwitch("remote-debugging-port", "9222")   (Electron)
((call_expression
   function: (_ property: (property_identifier) @_m)
   arguments: (arguments . (string) @name . (_) @port)) @occurrence.property
 (#any-of? @_m "set" "option" "default" "get" "appendSwitch")
 (#port-name? @name))

; puppeteer.launch({ args: ["--remote-debugging-port=9222"] })   "--port=3000"   (javascript.ts splits flag and value)
((string) @port @occurrence.cli-flag
 (#match? @port "^[\"']--?[A-Za-z0-9_-]*[Pp][Oo][Rr][Tt][A-Za-z0-9_-]*=[0-9]{2,5}[\"']$"))

; program.option("-p, --port <port>", "port to listen on", "3000")   .option("--port <n>", "port", parseInt, 3000)
; (commander: flags, description, [parser,] default)
((call_expression
   function: (_ property: (property_identifier) @_m)
   arguments: (arguments . (string) @name . (string) [(number) (string)] @port .)) @occurrence.cli-flag
 (#any-of? @_m "option" "requiredOption")
 (#match? @name "^.-")
 (#port-name? @name))

; app.listen(3000)   server.listen("8080", cb)   http.createServer(app).listen(process.env.PORT || 3000)
((call_expression
   function: (_ property: (property_identifier) @_m)
   arguments: (arguments . (_) @port)) @occurrence.listen
 (#eq? @_m "listen"))

; dgram.createSocket("udp4").bind(41234)   (Function.prototype.bind never takes a number first)
((call_expression
   function: (_ property: (property_identifier) @_m)
   arguments: (arguments . [(number) (string)] @port)) @occurrence.listen
 (#eq? @_m "bind"))

; net.connect(6379, "localhost")   net.createConnection(5432)   tls.connect(443, host)   redis.createClient(6379, host)
((call_expression
   function: [(identifier) @_m (_ property: (property_identifier) @_m)]
   arguments: (arguments . (_) @port)) @occurrence.connect
 (#any-of? @_m "connect" "createConnection" "createClient"))

; new Redis(6379, "cache")   new IORedis(6380)
((new_expression
   constructor: [(identifier) @_c (_ property: (property_identifier) @_c)]
   arguments: (_ . [(number) (string)] @port)) @occurrence.connect
 (#any-of? @_c "Redis" "IORedis"))

; for (const port of [3000, 3001])   for (const port of PORTS)   for (const [name, port] of Object.entries(SERVICES))
((for_in_statement
   left: [(identifier) @name (array_pattern (_) (identifier) @name .)]
   operator: "of"
   right: (_) @port) @occurrence.constant
 (#port-name? @name))

; process.env.PORT || 3000   process.env["API_PORT"] ?? "8000"   opts.port || 3000   port ?? 8080
; Number(process.env.PORT) || 3000   parseInt(process.env.PORT!, 10) || 3000   Deno.env.get("PORT") ?? "8000"
; process.env.A || process.env.PORT || "5173"   opts.port || DEFAULT_PORT   (the left side can nest any way,
; so javascript.ts reports the literal, or reads the name, only when the operand it defaults reads a
; port-named env var or property)
((binary_expression
   operator: ["||" "??"]) @port @occurrence.property)

; process.env.PORT ? Number(process.env.PORT) : 3000   (likewise: only after a port-named read)
((ternary_expression
   alternative: [(number) (string)]) @port @occurrence.property)

; if (port === 443)   url.port !== "8080"   location.port == 3000
((binary_expression
   left: [(identifier) @name (_ property: (property_identifier) @name)]
   operator: ["===" "==" "!==" "!="]
   right: [(number) (string)] @port) @occurrence.property
 (#port-name? @name))

; ["--port", "3000"]   ["serve", "--port", 8080]   (argument vectors built before they are run)
((array
   (string) @name
   .
   [(string) (number)] @port) @occurrence.cli-flag
 (#match? @name "^.--?[A-Za-z]")
 (#port-name? @name))

; exec("npx serve -l 3000")   execSync(`vite --port 5173`)   child_process.exec("…")
((call_expression
   function: [(identifier) @_f
              (_ object: (identifier) @_o property: (property_identifier) @_f)]
   arguments: (arguments . [(string) (template_string)] @command))
 (#any-of? @_f "exec" "execSync" "execaCommand" "execaCommandSync")
 (#not-any-of? @_o "re" "regex" "regexp" "pattern" "db" "conn" "connection" "client" "pool" "stmt" "sql"))

; spawn("uvicorn", ["app:app", "--port", "8000"])   execFileSync("redis-server", ["--port", "6380"])   execa("vite", ["--port", "5173"])
((call_expression
   function: [(identifier) @_f (_ property: (property_identifier) @_f)]
   arguments: (arguments . (string) . (array)) @command)
 (#any-of? @_f "spawn" "spawnSync" "execFile" "execFileSync" "execa" "execaSync"))

; webServer: { command: "npm run dev -- --port 5173" }   (playwright and other test-runner configs)
((pair
   key: (property_identifier) @_k
   value: [(string) (template_string)] @command)
 (#any-of? @_k "command" "cmd"))

; pm2 ecosystem.config.js: { name: "web", script: "node_modules/next/dist/bin/next", args: "start -p 4100" }
((object
   (_ key: (property_identifier) @_s value: (string))
   (_ key: (property_identifier) @_a)) @command
 (#eq? @_s "script")
 (#eq? @_a "args"))

; await $`vite --port 5173`   (zx)
((call_expression
   function: (identifier) @_f
   arguments: (template_string) @command)
 (#eq? @_f "$"))

; "http://localhost:8000"   'redis://cache:6379'   "0.0.0.0:8080"
(string) @string

; `http://${host}:8000/api`   `redis://${process.env.REDIS_HOST ?? "localhost"}:6379`
; (javascript.ts scans a template with each ${…} masked, so an expression cannot break the URL apart)
((template_string) @port @occurrence.url)

; module.exports = { HTTP: 3000, WEBSOCKET: 8081, TURN_RELAY_RANGE: [49152, 49200] }
; (a ports module's exports: javascript.ts reads their numeric members as ports only in a file named
; ports.* or port.*; `export const HTTP = 3000` there is a top-level constant of the pattern above)
((assignment_expression
   left: (_ object: (identifier) @_m property: (property_identifier) @_e)
   right: (_) @port) @occurrence.constant
 (#eq? @_m "module")
 (#eq? @_e "exports"))

; export default { HTTP: 3000 }   (the same, without module.exports)
((export_statement value: (_) @port) @occurrence.constant)

; exports.HTTP = 3000   module.exports.AMQP = 5672   (likewise, in a ports module only)
((assignment_expression
   left: (_
           object: [(identifier) @_e (_ property: (property_identifier) @_e)]
           property: (property_identifier) @name)
   right: (_) @port) @occurrence.constant
 (#eq? @_e "exports"))

; function listenOn(port) { … } … listenOn(4000)   const serve = (host, port) => … serve("0.0.0.0", 4000)
; class Server { constructor(port) {} } … new Server(4000)   (javascript.ts reads the argument at the
; port-named parameter's position in the calls of the function in the same file; the predicate sees a
; TypeScript parameter's type too, `port: number`, so javascript.ts checks the parameter's own name)
([(formal_parameters (_) @port) (arrow_function parameter: (identifier) @port)] @occurrence.argument
 (#port-name? @port))

; connectFirestoreEmulator(db, "127.0.0.1", 8080)   connectStorageEmulator(storage, "localhost", 9199)
; new Client("10.0.0.5", 9042)   (a local or IP host literal, then a number: the port on that host; after the
; port-named parameter pattern, which names such arguments)
((arguments
   (string) @_h
   .
   (number) @port) @occurrence.address
 (#match? @_h "^[\"'](localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|::1?|[0-9]{1,3}(\\.[0-9]{1,3}){3})[\"']$"))

; // listens on http://localhost:3000
(comment) @comment
