; JavaScript-only port patterns (TypeScript names these nodes differently: see typescript/ports.scm).

; class Server { port = 3000 }   class Config { static PORT = process.env.PORT || 8080 }
((field_definition
   property: (property_identifier) @name
   value: (_) @port) @occurrence.property
 (#port-name? @name))
