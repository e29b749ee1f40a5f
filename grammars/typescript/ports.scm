; TypeScript-only port patterns (the JavaScript patterns run too).

; function serve(port: number = 3000) {}
((required_parameter
   pattern: (identifier) @name
   value: [(number) @port (string (string_fragment) @port)]) @occurrence.parameter-default
 (#port-name? @name))

; function serve(port?: number = 3000) {}
((optional_parameter
   pattern: (identifier) @name
   value: [(number) @port (string (string_fragment) @port)]) @occurrence.parameter-default
 (#port-name? @name))

; class Server { private readonly port: number = 3000 }
((public_field_definition
   name: (property_identifier) @name
   value: [(number) @port (string (string_fragment) @port)]) @occurrence.property
 (#port-name? @name))

; enum Ports { Api = 8000 }
((enum_declaration
   name: (identifier) @name
   body: (enum_body (enum_assignment value: (number) @port))) @occurrence.constant
 (#port-name? @name))
