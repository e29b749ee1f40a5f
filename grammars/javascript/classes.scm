; JavaScript-only port patterns (TypeScript names these nodes differently: see typescript/ports.scm).

; class Server { port = 3000 }
((field_definition
   property: (property_identifier) @name
   value: [(number) @port (string (string_fragment) @port)]) @occurrence.property
 (#port-name? @name))
