; TypeScript-only port patterns (the JavaScript patterns run too).
;
; Inner parents written `(_ …)` stand for the one node type their field and context admit: see the
; note at the top of javascript/ports.scm (test/query-wildcards.test.ts checks them).

; function serve(port: number = 3000) {}   constructor(private readonly port = 8080) {}
((required_parameter
   pattern: (identifier) @name
   value: (_) @port) @occurrence.parameter-default
 (#port-name? @name))

; function serve(port?: number = 3000) {}
((optional_parameter
   pattern: (identifier) @name
   value: (_) @port) @occurrence.parameter-default
 (#port-name? @name))

; class Server { private readonly port: number = 3000 }   static PORTS = [3000, 3001] as const
((public_field_definition
   name: (property_identifier) @name
   value: (_) @port) @occurrence.property
 (#port-name? @name))

; enum Port { Api = 8000, Web = 3000 }   (members of a port-named enum; property, so not a deferred constant)
((enum_declaration
   name: (identifier) @_e
   body: (_
           (_
             name: (property_identifier) @name
             value: (_) @port) @occurrence.property))
 (#port-name? @_e))

; enum Config { ApiPort = 8000, Timeout = 3000 }   (port-named members of any enum)
((enum_assignment
   name: (property_identifier) @name
   value: (_) @port) @occurrence.property
 (#port-name? @name))
