; JavaScript / TypeScript port patterns (also run for .ts and .tsx).
; Capture protocol (STYLE.md): @port holds the number (or the string content holding it),
; @occurrence.<kind> is the whole construct, @name the identifier/key it is bound to,
; @variable the env var whose lookup it defaults, @string text to scan for URLs and host:port,
; @comment comments, @_x captures for predicates only. (#port-name? @x) holds when @x names a port.

; app.listen(3000)   server.listen("8080", cb)
((call_expression
   function: (member_expression property: (property_identifier) @_m)
   arguments: (arguments . [(number) @port (string (string_fragment) @port)])) @occurrence.listen
 (#eq? @_m "listen"))

; net.connect(6379, "localhost")   net.createConnection(5432)   redis.createClient(6379, host)
((call_expression
   function: (member_expression property: (property_identifier) @_m)
   arguments: (arguments . [(number) @port (string (string_fragment) @port)])) @occurrence.connect
 (#any-of? @_m "connect" "createConnection" "createClient"))

; process.env.PORT || 3000   process.env.API_PORT ?? "8000"   import.meta.env.VITE_PORT || 5173
((binary_expression
   left: (member_expression property: (property_identifier) @variable)
   operator: ["||" "??"]
   right: [(number) @port (string (string_fragment) @port)]) @occurrence.env-default
 (#port-name? @variable))

; process.env["PORT"] ?? "3000"
((binary_expression
   left: (subscript_expression index: (string (string_fragment) @variable))
   operator: ["||" "??"]
   right: [(number) @port (string (string_fragment) @port)]) @occurrence.env-default
 (#port-name? @variable))

; process.env.VITE_PORT || process.env.PORT || "5173"  (the literal defaults the last lookup)
((binary_expression
   left: (binary_expression right: (member_expression property: (property_identifier) @variable))
   operator: ["||" "??"]
   right: [(number) @port (string (string_fragment) @port)]) @occurrence.env-default
 (#port-name? @variable))

; Number(process.env.PORT) || 3000   parseInt(process.env.PORT, 10) || 3000
((binary_expression
   left: (call_expression arguments: (arguments . (member_expression property: (property_identifier) @variable)))
   operator: ["||" "??"]
   right: [(number) @port (string (string_fragment) @port)]) @occurrence.env-default
 (#port-name? @variable))

; { port: 5173 }   { "port": "5173" }   { devPort: 3001 }
((pair
   key: [(property_identifier) (string (string_fragment))] @name
   value: [(number) @port (string (string_fragment) @port)]) @occurrence.property
 (#port-name? @name))

; const API_PORT = 8000   let port = "3000"
((variable_declarator
   name: (identifier) @name
   value: [(number) @port (string (string_fragment) @port)]) @occurrence.constant
 (#port-name? @name))

; const PORTS = [3000, 3001]
((variable_declarator
   name: (identifier) @name
   value: (array [(number) @port (string (string_fragment) @port)])) @occurrence.constant
 (#port-name? @name))

; this.port = 3000   config.server.port = 8080   port = 3000
((assignment_expression
   left: [(identifier) @name (member_expression property: (property_identifier) @name)]
   right: [(number) @port (string (string_fragment) @port)]) @occurrence.property
 (#port-name? @name))

; function serve(port = 3000) {}   [port = 3000] = args
((assignment_pattern
   left: (identifier) @name
   right: [(number) @port (string (string_fragment) @port)]) @occurrence.parameter-default
 (#port-name? @name))

; const { port = 3000 } = options
((object_assignment_pattern
   left: (shorthand_property_identifier_pattern) @name
   right: [(number) @port (string (string_fragment) @port)]) @occurrence.parameter-default
 (#port-name? @name))

; "http://localhost:8000"   'redis://cache:6379'
(string (string_fragment) @string)

; `http://${host}:8000/api`
(template_string) @string

; // listens on http://localhost:3000
(comment) @comment
